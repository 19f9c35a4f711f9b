// What the operators and the deployment's owner would have created in a cluster, for the local overlay under
// `podman kube play`: the Secrets CloudNativePG (<db>-app, <db>-ca) and Strimzi (<service> KafkaUser Secrets,
// summit-kafka-cluster-ca-cert) write, the Secrets and ConfigMap docs/operations.md has the owner create.
// usage: node operator-objects.mjs <workdir>   (reads the inputs below from the environment)
// Writes <workdir>/secrets/<name>.json, one per Secret, in the two shapes podman 4.3's kube play reads: a Secret
// used for environment variables is a flat map of base64 values; a Secret mounted as a volume is a Secret object whose
// data holds the files' text as it is (podman 4.3 neither decodes it nor honours items, so each such Secret holds
// exactly the files its volume needs). No Secret of the suite is used both ways.
// Writes <workdir>/configmaps.yaml: the ConfigMap summit-jwt-public.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [workdir] = process.argv.slice(2);
const need = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`operator-objects: ${name} is not set`);
  return v;
};
const file = (path) => readFileSync(path, 'utf8');
const b64 = (text) => Buffer.from(text, 'utf8').toString('base64');

const dbHost = need('DEPLOY_DB_HOST'), dbPort = need('DEPLOY_DB_PORT'), dbUser = need('DEPLOY_DB_USER');
const dbPassword = need('DEPLOY_DB_PASSWORD'), dbSuffix = process.env.DEPLOY_DB_SUFFIX ?? '';
const jaas = need('DEPLOY_KAFKA_JAAS'), kafkaCa = file(need('DEPLOY_KAFKA_CA'));
const dbCa = file(need('DEPLOY_DB_CA'));

const forEnv = {};   // name → {key: value}
const forFiles = {}; // name → {file: text}
for (const svc of ['invitation', 'attendee', 'agenda']) {
  forEnv[`${svc}-db-app`] = { host: dbHost, port: dbPort, dbname: `summit_${svc}${dbSuffix}`, username: dbUser,
    password: dbPassword };
  forFiles[`${svc}-db-ca`] = { 'ca.crt': dbCa };
  forEnv[`${svc}-service`] = { 'sasl.jaas.config': jaas, password: 'unused' };
}
forFiles['summit-kafka-cluster-ca-cert'] = { 'ca.crt': kafkaCa };
forFiles['summit-jwt-signing'] = { 'jwt-private.pem': file(need('DEPLOY_JWT_PRIVATE')) };
forEnv['summit-token-seal'] = { key: need('DEPLOY_TOKEN_SEAL_KEY') };
forEnv['summit-organizers'] = { SUMMIT_AUTH_ACCOUNTS_ORGANIZER: need('DEPLOY_ORGANIZER_PASSWORD') };
// mails are logged in the local overlay (SUMMIT_MAIL_MOCK=true); the Secret exists as in production
forEnv['summit-smtp'] = { SMTP_HOST: 'localhost', SMTP_PORT: '587', SMTP_USERNAME: 'summit', SMTP_PASSWORD: 'unused',
  SUMMIT_MAIL_FROM: 'OSPO Summit <summit@localhost>' };

const dir = join(workdir, 'secrets');
mkdirSync(dir, { recursive: true, mode: 0o700 });
for (const [name, data] of Object.entries(forEnv)) {
  const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)]));
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(encoded), { mode: 0o600 });
}
for (const [name, data] of Object.entries(forFiles)) {
  const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name }, data };
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(secret), { mode: 0o600 });
}
const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'summit-jwt-public', namespace: 'ospo-summit' },
  data: { 'jwt-public.pem': file(need('DEPLOY_JWT_PUBLIC')) } };
writeFileSync(join(workdir, 'configmaps.yaml'), `---\n${JSON.stringify(configMap)}\n`);
console.log(Object.keys(forEnv).concat(Object.keys(forFiles)).join(' '));
