// The static half of ./summit verify-deploy: every object of every rendered overlay is checked
//  1. against its schema: Kubernetes (kubernetes-models), Strimzi, CloudNativePG and Prometheus-operator CRDs
//     (@kubernetes-models/*, pinned in package.json), with no unknown field (TypeScript's excess-property check
//     against the same packages' types, `tsc --strict`);
//  2. against the suite's deployment rules: the "restricted" Pod Security Standard, images named
//     <registry>/ospo-summit/<service>:<project version>, the signing key in invitation-service alone, and in
//     production: a Service, HPA, PDB and ServiceMonitor per Deployment, TLS on the Ingress, NetworkPolicies that allow
//     exactly the documented traffic, KafkaUser ACLs that match what each service's configuration reads and writes,
//     a KafkaTopic for every topic; and everywhere (overlays, docker-compose.yml, Prometheus, the gateway's defaults)
//     the ports each app's application.properties sets.
// usage: node check.mjs --version <project version> --root <repository> <overlay>=<rendered.yaml>...
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i < 0 ? undefined : args.splice(i, 2)[1]; };
const version = option('--version');
const root = option('--root');
if (!version || !root || args.length === 0) throw new Error('usage: check.mjs --version V --root DIR overlay=file...');

const SERVICES = ['invitation-service', 'attendee-service', 'agenda-service'];
const APPS = [...SERVICES, 'gateway'];
// each app's ports have one home, its application.properties; every other place that names them is checked below
const propertyOf = (app, key) => readFileSync(join(root, app, 'src/main/resources/application.properties'), 'utf8')
  .match(new RegExp(`^${key.replace(/\./g, '\\.')}=(\\d+)$`, 'm'))?.[1];
const PORTS = Object.fromEntries(APPS.map((a) => [a, Number(propertyOf(a, 'quarkus.http.port'))]));
const MANAGEMENT = Object.fromEntries(APPS.map((a) => [a, Number(propertyOf(a, 'quarkus.management.port'))]));
// the topic each service's outbox writes (its own events)
const OWN_TOPIC = { 'invitation-service': 'summit.invitations', 'attendee-service': 'summit.attendees',
  'agenda-service': 'summit.agenda' };
const INGRESS_NAMESPACE = 'ingress-nginx', MONITORING_NAMESPACE = 'monitoring';

const problems = [];
const problem = (where, text) => problems.push(`${where}: ${text}`);

// --- 1. schemas --------------------------------------------------------------------------------------------------
const PACKAGES = { 'kafka.strimzi.io': '@kubernetes-models/strimzi-kafka-operator',
  'postgresql.cnpg.io': '@kubernetes-models/cloudnative-pg', 'monitoring.coreos.com': '@kubernetes-models/prometheus-operator' };
function modelModule({ apiVersion, kind }) {
  const [group, ver] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const pkg = PACKAGES[group] ?? 'kubernetes-models';
  return `${pkg}/${group ? `${group}/${ver}` : ver}/${kind}`;
}

const overlays = args.map((a) => {
  const [name, file] = a.split('=');
  const objects = parseAllDocuments(readFileSync(file, 'utf8')).map((d) => d.toJS()).filter(Boolean);
  return { name, objects };
});

const ts = [];
let n = 0;
for (const { name, objects } of overlays) {
  for (const o of objects) {
    const where = `${name}: ${o.kind} ${o.metadata?.name}`;
    const module = modelModule(o);
    let Model;
    try {
      Model = (await import(module))[o.kind];
    } catch {
      problem(where, `no schema for ${o.apiVersion} ${o.kind} (${module})`);
      continue;
    }
    try {
      new Model(o).validate();
    } catch (e) {
      problem(where, `schema: ${e.message.split('\n').slice(0, 6).join(' ')}`);
    }
    const id = `${name}_${o.kind}_${o.metadata?.name}`.replace(/[^A-Za-z0-9_]/g, '_');
    ts.push(`import type { I${o.kind} as T${n} } from ${JSON.stringify(module)};`,
      `export const ${id}_${n}: T${n} = ${JSON.stringify(o)};`);
    n++;
  }
}
const tsdir = join(here, '.typecheck');
mkdirSync(tsdir, { recursive: true });
writeFileSync(join(tsdir, 'manifests.ts'), ts.join('\n') + '\n');
writeFileSync(join(tsdir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true,
  module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true, typeRoots: [] },
files: ['manifests.ts'] }));
try {
  execFileSync(join(here, 'node_modules/.bin/tsc'), ['-p', tsdir], { encoding: 'utf8' });
} catch (e) {
  for (const line of (e.stdout || e.message).split('\n').filter((l) => l.includes('error TS'))) {
    const lineNo = Number(line.match(/manifests\.ts\((\d+),/)?.[1]);
    const object = ts[lineNo - 1]?.match(/export const (\w+?)_\d+:/)?.[1] ?? '?';
    problem(object, `unknown field or wrong type: ${line.replace(/^.*error TS\d+: /, '')}`);
  }
}

// --- 2. the suite's rules ------------------------------------------------------------------------------------------
const podOf = (d) => d.spec.template.spec;
const allVolumeTypes = new Set(['configMap', 'secret', 'emptyDir', 'projected', 'downwardAPI', 'persistentVolumeClaim',
  'ephemeral', 'csi']);

function checkRestricted(where, pod, { hostNetworkAllowed }) {
  const psc = pod.securityContext ?? {};
  if (psc.runAsNonRoot !== true) problem(where, 'pod securityContext.runAsNonRoot is not true');
  if (psc.runAsUser === 0 || psc.runAsUser === undefined) problem(where, 'pod runs as root or an unset uid');
  if (psc.seccompProfile?.type !== 'RuntimeDefault') problem(where, 'seccompProfile is not RuntimeDefault');
  if (pod.hostNetwork && !hostNetworkAllowed) problem(where, 'hostNetwork');
  if (pod.hostPID || pod.hostIPC) problem(where, 'hostPID/hostIPC');
  if (pod.automountServiceAccountToken !== false) problem(where, 'mounts a Kubernetes API token it does not need');
  if (!(pod.terminationGracePeriodSeconds >= 30)) problem(where, 'terminationGracePeriodSeconds below 30');
  for (const v of pod.volumes ?? []) {
    const type = Object.keys(v).find((k) => k !== 'name');
    if (!allVolumeTypes.has(type)) problem(where, `volume ${v.name} of type ${type} is not allowed`);
  }
  for (const c of [...pod.containers, ...(pod.initContainers ?? [])]) {
    const csc = c.securityContext ?? {};
    const at = `${where} container ${c.name}`;
    if (csc.allowPrivilegeEscalation !== false) problem(at, 'allowPrivilegeEscalation is not false');
    if (!(csc.capabilities?.drop ?? []).includes('ALL')) problem(at, 'capabilities are not all dropped');
    if ((csc.capabilities?.add ?? []).some((cap) => cap !== 'NET_BIND_SERVICE')) problem(at, 'adds capabilities');
    if (csc.readOnlyRootFilesystem !== true) problem(at, 'root filesystem is writable');
    if (csc.privileged) problem(at, 'privileged');
    if ((c.ports ?? []).some((p) => p.hostPort)) problem(at, 'hostPort');
    const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
    if (!tmp || !(pod.volumes ?? []).find((v) => v.name === tmp.name)?.emptyDir) problem(at, 'no emptyDir on /tmp');
    if (!c.resources?.limits?.memory || !c.resources?.requests?.cpu) problem(at, 'no memory limit or CPU request');
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
      if (c[probe]?.httpGet?.port !== 'management') problem(at, `${probe} is not on the management port`);
    }
  }
}

function mentionsSigningKey(pod) {
  const text = JSON.stringify(pod);
  return text.includes('summit-jwt-signing') || text.includes('SUMMIT_JWT_PRIVATE_KEY') || text.includes('jwt-private');
}

for (const { name, objects } of overlays) {
  const deployments = objects.filter((o) => o.kind === 'Deployment');
  const names = deployments.map((d) => d.metadata.name).sort();
  if (JSON.stringify(names) !== JSON.stringify([...APPS].sort())) problem(name, `Deployments ${names}, expected ${APPS}`);
  const signers = deployments.filter((d) => mentionsSigningKey(podOf(d))).map((d) => d.metadata.name);
  if (JSON.stringify(signers) !== '["invitation-service"]') problem(name, `the signing key reaches ${signers}`);
  for (const d of deployments) {
    const where = `${name}: Deployment ${d.metadata.name}`;
    checkRestricted(where, podOf(d), { hostNetworkAllowed: name === 'local' });
    const image = podOf(d).containers[0].image;
    const m = image.match(/^(.+)\/ospo-summit\/([a-z-]+):(.+)$/);
    if (!m || m[2] !== d.metadata.name || m[3] !== version) {
      problem(where, `image ${image} is not <registry>/ospo-summit/${d.metadata.name}:${version} (the project's version)`);
    }
  }
}

// production: availability, monitoring, ingress, network policies, Kafka
const production = overlays.find((o) => o.name === 'production');
if (!production) problem('production', 'the production overlay was not rendered');
const byKind = (kind) => production.objects.filter((o) => o.kind === kind);
const named = (kind, name) => byKind(kind).find((o) => o.metadata.name === name);
for (const app of APPS) {
  const where = `production: ${app}`;
  const service = named('Service', app);
  if (!service?.spec.ports.some((p) => p.name === 'management')) problem(where, 'no Service with a management port');
  const hpa = byKind('HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === app);
  if (!hpa || hpa.spec.minReplicas < 2) problem(where, 'no HorizontalPodAutoscaler with at least 2 replicas');
  const pdb = byKind('PodDisruptionBudget').find((p) => p.spec.selector.matchLabels?.['app.kubernetes.io/name'] === app);
  if (!pdb) problem(where, 'no PodDisruptionBudget');
  const monitor = byKind('ServiceMonitor').find((s) => s.spec.selector.matchLabels?.['app.kubernetes.io/name'] === app);
  if (!monitor?.spec.endpoints.every((e) => e.port === 'management')) problem(where, 'no ServiceMonitor on the management port');
}
const ingresses = byKind('Ingress');
if (ingresses.length !== 1) problem('production', `${ingresses.length} Ingresses, expected 1`);
for (const ing of ingresses) {
  const backends = ing.spec.rules.flatMap((r) => r.http.paths.map((p) => p.backend.service.name));
  if (backends.some((b) => b !== 'gateway')) problem(`Ingress ${ing.metadata.name}`, `routes to ${backends}`);
  const hosts = ing.spec.rules.map((r) => r.host);
  if (!hosts.every((h) => (ing.spec.tls ?? []).some((t) => t.hosts.includes(h)))) problem(`Ingress ${ing.metadata.name}`, 'a host without TLS');
}

// NetworkPolicy: the traffic each app pod is allowed, as "in|out peer port" lines, compared with the documented table
function selects(selector, labels) {
  if (!selector) return true;
  const okLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const okExpr = (selector.matchExpressions ?? []).every((e) => (e.operator === 'In' ? e.values.includes(labels[e.key])
    : e.operator === 'NotIn' ? !e.values.includes(labels[e.key]) : e.operator === 'Exists' ? e.key in labels
      : !(e.key in labels)));
  return okLabels && okExpr;
}
function peerName(peer) {
  if (peer.ipBlock) return `ip:${peer.ipBlock.cidr}`;
  const ns = peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
  const pod = peer.podSelector?.matchLabels ?? {};
  if (ns === 'kube-system' && pod['k8s-app'] === 'kube-dns') return 'dns';
  if (ns) return `ns:${ns}`;
  if (pod['app.kubernetes.io/name']) return `pod:${pod['app.kubernetes.io/name']}`;
  if (pod['cnpg.io/cluster']) return `postgres:${pod['cnpg.io/cluster']}`;
  if (pod['strimzi.io/cluster']) return `kafka:${pod['strimzi.io/cluster']}`;
  return `?${JSON.stringify(peer)}`;
}
const policies = byKind('NetworkPolicy');
for (const app of APPS) {
  const labels = podOf(named('Deployment', app)).containers && named('Deployment', app).spec.template.metadata.labels;
  const mine = policies.filter((p) => selects(p.spec.podSelector, labels));
  const types = new Set(mine.flatMap((p) => p.spec.policyTypes));
  if (!types.has('Ingress') || !types.has('Egress')) problem(`NetworkPolicy ${app}`, 'traffic is not denied by default');
  const actual = new Set();
  for (const p of mine) {
    for (const rule of p.spec.ingress ?? []) {
      for (const peer of rule.from ?? [{ any: true }]) {
        for (const port of rule.ports ?? [{ port: 'any' }]) actual.add(`in ${peer.any ? 'anyone' : peerName(peer)} ${port.port}`);
      }
    }
    for (const rule of p.spec.egress ?? []) {
      for (const peer of rule.to ?? [{ any: true }]) {
        for (const port of rule.ports ?? [{ port: 'any' }]) actual.add(`out ${peer.any ? 'anywhere' : peerName(peer)} ${port.port}`);
      }
    }
  }
  const expected = new Set([`in ns:${MONITORING_NAMESPACE} management`, 'out dns 53', `out ns:${MONITORING_NAMESPACE} 4318`]);
  if (app === 'gateway') {
    expected.add(`in ns:${INGRESS_NAMESPACE} 8080`);
    for (const s of SERVICES) expected.add(`out pod:${s} ${PORTS[s]}`);
  } else {
    expected.add(`in pod:gateway ${PORTS[app]}`);
    expected.add(`out postgres:${app.replace('-service', '-db')} 5432`).add('out kafka:summit-kafka 9093');
    if (app === 'invitation-service') expected.add('out ip:0.0.0.0/0 587').add('out ip:0.0.0.0/0 465');
  }
  const extra = [...actual].filter((a) => !expected.has(a)), missing = [...expected].filter((e) => !actual.has(e));
  if (extra.length) problem(`NetworkPolicy ${app}`, `allows more than documented: ${extra.join(', ')}`);
  if (missing.length) problem(`NetworkPolicy ${app}`, `does not allow: ${missing.join(', ')}`);
}

// Kafka: each KafkaUser's ACLs are exactly what its service's configuration reads and writes; every topic declared
// (what a service reads, writes and joins: a channel's own setting, else the connector-level default — the service's,
// else the platform's shared consumer settings)
const PLATFORM_CONFIG = readFileSync(join(root, 'summit-platform/src/main/resources/META-INF/microprofile-config.properties'), 'utf8');
function messagingOf(service) {
  const props = readFileSync(join(root, service, 'src/main/resources/application.properties'), 'utf8');
  const values = (text, re) => [...text.matchAll(re)].map((m) => m[1].trim());
  const one = (text, key) => values(text, new RegExp(`^${key.replace(/\./g, '\\.')}=(.+)$`, 'gm'))[0];
  const connector = (key) => one(props, `mp.messaging.connector.smallrye-kafka.${key}`)
    ?? one(PLATFORM_CONFIG, `mp.messaging.connector.smallrye-kafka.${key}`);
  const setting = (channel, key) => one(props, `mp.messaging.incoming.${channel}.${key}`) ?? connector(key);
  const channels = values(props, /^mp\.messaging\.incoming\.([^.]+)\.connector=/gm);
  return { reads: channels.map((c) => setting(c, 'topic')),
    groups: channels.map((c) => setting(c, 'group.id')),
    dlq: [...new Set(channels.filter((c) => setting(c, 'failure-strategy') === 'dead-letter-queue')
      .map((c) => setting(c, 'dead-letter-queue.topic')))] };
}
const topics = new Map(byKind('KafkaTopic').map((t) => [t.spec.topicName ?? t.metadata.name, t]));
for (const service of SERVICES) {
  const where = `KafkaUser ${service}`;
  const user = named('KafkaUser', service);
  if (!user) { problem(where, 'missing'); continue; }
  if (user.spec.authentication?.type !== 'scram-sha-512' && user.spec.authentication?.type !== 'tls') problem(where, 'no authentication');
  const { reads, groups, dlq } = messagingOf(service);
  const expected = new Set([...reads.map((t) => `topic ${t} Read`), ...dlq.map((t) => `topic ${t} Write`),
    `topic ${OWN_TOPIC[service]} Write`]);
  const actual = new Set();
  const groupAcls = [];
  for (const acl of user.spec.authorization.acls) {
    if (acl.resource.type === 'group') { groupAcls.push(acl); continue; }
    for (const op of acl.operations.filter((o) => o !== 'Describe')) actual.add(`${acl.resource.type} ${acl.resource.name} ${op}`);
    if ((acl.resource.patternType ?? 'literal') !== 'literal') problem(where, `a ${acl.resource.patternType} ACL on ${acl.resource.name}`);
  }
  const extra = [...actual].filter((a) => !expected.has(a)), missing = [...expected].filter((e) => !actual.has(e));
  if (extra.length) problem(where, `allows more than the service uses: ${extra.join(', ')}`);
  if (missing.length) problem(where, `lacks what the service uses: ${missing.join(', ')}`);
  for (const group of groups) {
    if (!groupAcls.some((a) => (a.resource.patternType === 'prefix' ? group.startsWith(a.resource.name) : group === a.resource.name))) {
      problem(where, `no ACL for its consumer group ${group}`);
    }
  }
  if (groupAcls.some((a) => !a.resource.name.startsWith(service))) problem(where, 'an ACL on another service\'s groups');
  for (const t of [...reads, ...dlq, OWN_TOPIC[service]]) {
    const topic = topics.get(t);
    if (!topic) problem(where, `topic ${t} is not declared (KafkaTopic)`);
    else if (topic.spec.replicas < 3 || Number(topic.spec.config?.['min.insync.replicas']) < 2) {
      problem(`KafkaTopic ${t}`, 'fewer than 3 replicas or 2 in sync');
    }
  }
}

// Ports: what each overlay's Deployments and Services, docker-compose.yml, its Prometheus targets and the gateway's
// default upstreams say is what the apps' application.properties set (the one place to change a port)
for (const app of APPS) {
  if (!PORTS[app] || !MANAGEMENT[app]) problem(`${app}/application.properties`, 'no quarkus.http.port or quarkus.management.port');
  // ./summit and the runtime check find the management port as the HTTP port + 1000 (infra/ports.sh)
  else if (MANAGEMENT[app] !== PORTS[app] + 1000) problem(`${app}/application.properties`, 'the management port is not the HTTP port + 1000');
}
for (const { name, objects } of overlays) {
  for (const app of APPS) {
    const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === app);
    const service = objects.find((o) => o.kind === 'Service' && o.metadata.name === app);
    const container = deployment && podOf(deployment).containers.find((c) => c.name === app);
    const declared = Object.fromEntries((container?.ports ?? []).map((p) => [p.name, p.containerPort]));
    const exposed = Object.fromEntries((service?.spec.ports ?? []).map((p) => [p.name, p.port]));
    for (const [port, want] of [['http', PORTS[app]], ['management', MANAGEMENT[app]]]) {
      // the local overlay declares no container ports (on the host's network they are the processes' own)
      if (container?.ports && declared[port] !== want) problem(`${name}: Deployment ${app}`, `${port} port ${declared[port]}, the app listens on ${want}`);
      if (exposed[port] !== want) problem(`${name}: Service ${app}`, `${port} port ${exposed[port]}, the app listens on ${want}`);
    }
  }
  const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('summit-config'))?.data ?? {};
  for (const service of SERVICES) {
    const key = `SUMMIT_${service.replace('-service', '').toUpperCase()}_URL`;
    if (!config[key]?.endsWith(`:${PORTS[service]}`)) problem(`${name}: ConfigMap summit-config`, `${key} is ${config[key]}, not port ${PORTS[service]}`);
  }
}
const compose = parseAllDocuments(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true })[0].toJS();
const gatewayProps = readFileSync(join(root, 'gateway/src/main/resources/application.properties'), 'utf8');
for (const app of APPS) {
  const health = compose.services[app]?.healthcheck?.test?.join(' ') ?? '';
  if (!health.includes(`localhost:${MANAGEMENT[app]}/q/health/ready`)) problem(`docker-compose.yml ${app}`, `healthcheck is not on management port ${MANAGEMENT[app]}`);
}
if (!(compose.services.gateway?.ports ?? []).includes(`${PORTS.gateway}:${PORTS.gateway}`)) problem('docker-compose.yml gateway', `does not publish ${PORTS.gateway}`);
const prometheus = readFileSync(join(root, 'infra/prometheus/prometheus-compose.yml'), 'utf8');
const prometheusLocal = readFileSync(join(root, 'infra/prometheus/prometheus-local.yml'), 'utf8');
for (const service of SERVICES) {
  const short = service.replace('-service', '').toUpperCase();
  const url = compose.services.gateway?.environment?.[`SUMMIT_${short}_URL`];
  if (url !== `http://${service}:${PORTS[service]}`) problem('docker-compose.yml gateway', `SUMMIT_${short}_URL is ${url}`);
  if (!gatewayProps.includes(`\${SUMMIT_${short}_URL:http://127.0.0.1:${PORTS[service]}}`)) problem('gateway/application.properties', `the default ${service} URL is not port ${PORTS[service]}`);
}
for (const app of APPS) {
  if (!prometheus.includes(`"${app}:${MANAGEMENT[app]}"`)) problem('infra/prometheus/prometheus-compose.yml', `no target ${app}:${MANAGEMENT[app]}`);
  if (!prometheusLocal.includes(`"127.0.0.1:${MANAGEMENT[app]}"`)) problem('infra/prometheus/prometheus-local.yml', `no target 127.0.0.1:${MANAGEMENT[app]}`);
}

const counted = overlays.map((o) => `${o.name} ${o.objects.length} objects`).join(', ');
if (problems.length) {
  console.error(`verify-deploy: ${problems.length} problem(s) in the manifests (${counted}):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`verify-deploy: manifests valid (${counted}; schemas without unknown fields, restricted pods, `
  + 'images, signing key, availability, monitoring, ingress TLS, network policies, Kafka ACLs and topics, ports)');
