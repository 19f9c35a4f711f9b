// The soak (issue 11): a steady, open-loop rate of mixed traffic through the gateway for a long while, then what it
// cost: errors, p50/p99 per operation, outbox lag, consumer lag, and the resident memory of every JVM at the start
// and the end. Run by bench/soak.sh, which checks the suite is up; settings come from the environment:
//   SOAK_SECONDS (600)  SOAK_RATE requests/s (40)  SOAK_ATTENDEES (100)  GATEWAY (http://localhost:8080)
//   SUMMIT_STATE_DIR (.summit: pid files)  PGHOST/PGPORT/SUMMIT_PG_ADMIN (the local databases)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const rate = Number(process.env.SOAK_RATE ?? 40);
const attendeeCount = Number(process.env.SOAK_ATTENDEES ?? 100);
const gateway = process.env.GATEWAY ?? 'http://localhost:8080';
const state = process.env.SUMMIT_STATE_DIR;
const MAX_IN_FLIGHT = 256;

// the mix, by weight: what invitees, attendees and the public do before a summit
const MIX = [
  ['rsvp-view', 25], ['accept', 10], ['preparation', 15], ['agenda', 25], ['session', 10], ['registration', 15],
];
const TOPICS = ['MANAGEMENT', 'HR', 'ECONOMICS', 'LEGAL', 'BUSINESS', 'TECHNOLOGY'];

async function call(method, path, { token, body } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(gateway + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, json: text && r.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null };
}

async function must(method, path, options, ...ok) {
  const r = await call(method, path, options);
  if (!ok.includes(r.status)) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

async function inParallel(n, count, task) {
  const results = [];
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < count) { const i = next++; results[i] = await task(i); }
  }));
  return results;
}

const invite = (organizer, label) => (i) => must('POST', '/api/invitations', {
  token: organizer,
  body: { email: `soak-${label}-${Date.now()}-${i}-${Math.random().toString(36).slice(2)}@example.invalid`,
          fullName: `Soak ${label} ${i}`, company: 'Soak Corp', locale: 'en', criteria: ['OSPO_PRACTITIONER'] },
}, 201);

// --- what is measured besides the requests --------------------------------------------------------------------
function jvms() {
  const run = join(state, 'run');
  return readdirSync(run).filter((f) => f.endsWith('.pid')).map((f) => ({
    name: f.slice(0, -4), pid: readFileSync(join(run, f), 'utf8').trim(),
  }));
}

function rssMiB(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return Math.round(Number(line.split(/\s+/)[1]) / 1024);
  } catch { return NaN; }
}

function psql(db, sql) {
  return execFileSync('psql', ['-h', process.env.PGHOST ?? '127.0.0.1', '-p', process.env.PGPORT ?? '5432',
    '-U', process.env.SUMMIT_PG_ADMIN ?? 'postgres', '-d', db, '-Atc', sql], { encoding: 'utf8' }).trim();
}

/** the management port of a JVM from its pid file name (<service> or <service>-<k>: port + 100·(k-1)) */
function managementPort(name) {
  const base = { gateway: 9080, 'invitation-service': 9081, 'attendee-service': 9082, 'agenda-service': 9083 };
  const m = /^(.*?)(?:-([2-9]))?$/.exec(name);
  return base[m[1]] === undefined ? undefined : base[m[1]] + 100 * ((Number(m[2]) || 1) - 1);
}

/**
 * heap still live after a full collection, MiB (jcmd GC.run, then Micrometer's jvm_gc_live_data_size_bytes): growth
 * from start to end is what a leak looks like, unlike RSS, which grows while the heap is sized up to its maximum
 */
async function liveHeapMiB(name, pid) {
  const port = managementPort(name);
  if (!port) return NaN;
  try {
    execFileSync('jcmd', [pid, 'GC.run'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 500));
    const text = await (await fetch(`http://127.0.0.1:${port}/q/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('jvm_gc_live_data_size_bytes '));
    return line ? Math.round(Number(line.split(' ')[1]) / 1048576) : NaN;
  } catch { return NaN; }
}

const DATABASES = ['summit_invitation', 'summit_attendee', 'summit_agenda'];
const MANAGEMENT = { 'invitation-service': 9081, 'attendee-service': 9082, 'agenda-service': 9083 };

/** the largest records-lag-max any consumer of a service reports (Kafka client metrics on the management port) */
let lagSeries = 0;
async function consumerLag() {
  let max = 0;
  for (const port of Object.values(MANAGEMENT)) {
    const text = await (await fetch(`http://127.0.0.1:${port}/q/metrics`)).text();
    for (const line of text.split('\n')) {
      if (line.startsWith('kafka_consumer_fetch_manager_records_lag_max{')) {
        const v = Number(line.slice(line.lastIndexOf(' ') + 1));
        if (Number.isFinite(v)) { max = Math.max(max, v); lagSeries++; }
      }
    }
  }
  return max;
}

function unpublished() {
  return DATABASES.reduce((n, db) => n + Number(psql(db, 'select count(*) from outbox_event where published_at is null')), 0);
}

// --- set-up -----------------------------------------------------------------------------------------------------
const organizer = (await must('POST', '/api/auth/login', { body: { username: 'organizer', password: 'summit-local' } }, 200)).accessToken;
const accepts = Math.ceil(seconds * rate * MIX.find(([op]) => op === 'accept')[1] / 100) + 50;
const stats = await must('GET', '/api/invitations/stats', { token: organizer }, 200);
const summit = await must('GET', '/api/summit', {}, 200);
const { name, startsAt, endsAt, timezone, venue, rsvpDeadline, referralQuota, openConferenceUrl } = summit;
await must('PUT', '/api/summit', { token: organizer, body: { name, startsAt, endsAt, timezone, venue, rsvpDeadline,
  referralQuota, openConferenceUrl, capacity: stats.seatsTaken + stats.waitlisted + attendeeCount + accepts } }, 200);
console.log(`set-up: ${attendeeCount} attendees and ${accepts} invitations to accept during the soak`);
const attendees = await inParallel(8, attendeeCount, async (i) => {
  const created = await invite(organizer, 'attendee')(i);
  const accepted = await must('POST', `/api/rsvp/${created.token}/accept`, {}, 200);
  return { token: accepted.accessToken, rsvp: created.token, registered: new Set() };
});
const toAccept = (await inParallel(8, accepts, invite(organizer, 'accept'))).map((c) => c.token);
for (const a of attendees) {
  const until = Date.now() + 60_000;
  while ((await call('GET', '/api/attendees/me', { token: a.token })).status !== 200) {
    if (Date.now() > until) throw new Error('an attendee did not arrive in attendee-service within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}
const agenda = await must('GET', '/api/agenda', {}, 200);
const sessions = (agenda.sessions ?? []).map((s) => s.id);
if (sessions.length === 0) throw new Error('no published session to register for (./summit up publishes a demo agenda)');
// the set-up's burst of events (an invitation.created per invitation) leaves the outboxes before the steady rate
// starts, so the soak measures the relays at that rate and not the set-up's backlog
const drained = Date.now() + 300_000;
let backlog;
while ((backlog = unpublished()) > 0) {
  if (Date.now() > drained) throw new Error(`the set-up's ${backlog} events did not leave the outboxes in 5 minutes`);
  await new Promise((r) => setTimeout(r, 500));
}
// eligibility reaches agenda-service a little after the attendee: give it a moment
await new Promise((r) => setTimeout(r, 3000));

// --- the operations ---------------------------------------------------------------------------------------------
const pick = (list) => list[Math.floor(Math.random() * list.length)];
const OPS = {
  'rsvp-view': () => call('GET', `/api/rsvp/${pick(attendees).rsvp}`).then((r) => [r.status, 200]),
  accept: async () => {
    const token = toAccept.pop();
    if (!token) return [0, -1];
    return call('POST', `/api/rsvp/${token}/accept`).then((r) => [r.status, 200]);
  },
  preparation: () => {
    const topics = TOPICS.filter(() => Math.random() < 0.4);
    return call('PUT', '/api/attendees/me/preparation', { token: pick(attendees).token,
      body: { topics: topics.length ? topics : ['LEGAL'], expectationsFromPeers: 'How others keep an OSPO steady under load.' } })
      .then((r) => [r.status, 200]);
  },
  agenda: () => call('GET', '/api/agenda').then((r) => [r.status, 200]),
  session: () => call('GET', `/api/sessions/${pick(sessions)}`).then((r) => [r.status, 200]),
  registration: async () => {
    const a = pick(attendees);
    const session = pick(sessions);
    if (a.registered.has(session)) {
      a.registered.delete(session);
      return call('DELETE', `/api/sessions/${session}/registrations/me`, { token: a.token }).then((r) => [r.status, 204]);
    }
    const r = await call('POST', `/api/sessions/${session}/registrations`, { token: a.token });
    if (r.status === 201 || r.status === 200) a.registered.add(session);
    // full or overlapping one of theirs: a correct refusal, not an error; 200: a concurrent pick of the same
    // attendee and session registered first (registering is idempotent)
    return [r.status, r.status === 409 || r.status === 200 ? r.status : 201];
  },
};
const weights = MIX.flatMap(([op, w]) => Array(w).fill(op));
const samples = Object.fromEntries(MIX.map(([op]) => [op, []]));
const errors = Object.fromEntries(MIX.map(([op]) => [op, 0]));
const conflicts = { registration: 0 };
const firstErrors = [];
let inFlight = 0;
let dropped = 0;

// --- the soak ---------------------------------------------------------------------------------------------------
const memory = jvms().map((j) => ({ ...j, start: rssMiB(j.pid), max: 0, end: NaN }));
for (const m of memory) m.liveStart = await liveHeapMiB(m.name, m.pid);
let maxConsumerLag = 0;
let maxUnpublished = 0;
const soakStart = new Date();
const started = Date.now();
const interval = 1000 / rate;
let due = started;
const sampler = setInterval(async () => {
  try {
    maxConsumerLag = Math.max(maxConsumerLag, await consumerLag());
    maxUnpublished = Math.max(maxUnpublished, unpublished());
    for (const m of memory) m.max = Math.max(m.max, rssMiB(m.pid) || 0);
  } catch (e) { firstErrors.push(`sampling: ${e.message}`); }
}, 5000);
let lastReport = started;
await new Promise((done) => {
  const tick = () => {
    const now = Date.now();
    if (now - started >= seconds * 1000) { done(); return; }
    while (due <= now) {
      due += interval;
      if (inFlight >= MAX_IN_FLIGHT) { dropped++; continue; }
      const op = pick(weights);
      const t0 = performance.now();
      inFlight++;
      OPS[op]().then(([status, expected]) => {
        if (expected === -1) return;
        samples[op].push(performance.now() - t0);
        if (status === 409 && expected === 409) conflicts.registration++;
        else if (status !== expected) {
          errors[op]++;
          if (firstErrors.length < 10) firstErrors.push(`${op}: ${status}`);
        }
      }, (e) => { errors[op]++; if (firstErrors.length < 10) firstErrors.push(`${op}: ${e.message}`); })
        .finally(() => { inFlight--; });
    }
    if (now - lastReport >= 60_000) {
      lastReport = now;
      const done = Object.values(samples).reduce((n, s) => n + s.length, 0);
      const failed = Object.values(errors).reduce((n, e) => n + e, 0);
      console.log(`${Math.round((now - started) / 1000)} s: ${done} requests, ${failed} errors, in flight ${inFlight}`);
    }
    setTimeout(tick, Math.max(0, due - Date.now()));
  };
  tick();
});
while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
clearInterval(sampler);
// the soak's attendees leave the sessions they hold, so the next soak finds seats as this one did
await inParallel(8, attendees.length, (i) => Promise.all([...attendees[i].registered].map((session) =>
  call('DELETE', `/api/sessions/${session}/registrations/me`, { token: attendees[i].token }))));
for (const m of memory) { m.end = rssMiB(m.pid); m.max = Math.max(m.max, m.end); m.liveEnd = await liveHeapMiB(m.name, m.pid); }

// the outbox lag of every event written during the soak: how long it waited before the relay published it
const since = soakStart.toISOString();
const lags = DATABASES.map((db) => psql(db, `select coalesce(round(extract(epoch from max(published_at - created_at)) * 1000), 0) `
  + `|| ' ' || coalesce(round(extract(epoch from percentile_cont(0.99) within group (order by published_at - created_at)) * 1000), 0) `
  + `|| ' ' || count(*) from outbox_event where created_at >= '${since}'`).split(' ').map(Number));
const outboxMax = Math.max(...lags.map((l) => l[0]));
const outboxP99 = Math.max(...lags.map((l) => l[1]));
const events = lags.reduce((n, l) => n + l[2], 0);

// --- the report -------------------------------------------------------------------------------------------------
const pct = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] : NaN;
const total = Object.values(samples).reduce((n, s) => n + s.length, 0);
const totalErrors = Object.values(errors).reduce((n, e) => n + e, 0);
console.log(`\nSoak: ${seconds} s at ${rate} requests/s through ${gateway}: ${total} requests, ${totalErrors} errors`
  + `${dropped ? `, ${dropped} not sent (more than ${MAX_IN_FLIGHT} in flight)` : ''}`);
console.log('\n| operation | requests | errors | p50 ms | p99 ms |\n|---|---|---|---|---|');
for (const [op] of MIX) {
  const s = samples[op].sort((a, b) => a - b);
  const note = op === 'registration' ? ` (+${conflicts.registration} refused: full or overlapping)` : '';
  console.log(`| ${op} | ${s.length} | ${errors[op]}${note} | ${pct(s, 0.5).toFixed(1)} | ${pct(s, 0.99).toFixed(1)} |`);
}
console.log(`\noutbox: ${events} events written during the soak; lag (created → published) p99 ${outboxP99} ms, max ${outboxMax} ms;`
  + ` unpublished rows at most ${maxUnpublished} (sampled every 5 s)`);
console.log(lagSeries ? `consumers: records-lag-max at most ${maxConsumerLag} (every consumer's partitions, sampled every 5 s)`
  : 'consumers: no records-lag-max metric found on the management ports');
console.log('\n| JVM | RSS start MiB | RSS max MiB | RSS end MiB | live heap after full GC, start → end MiB |\n|---|---|---|---|---|');
for (const m of memory) console.log(`| ${m.name} | ${m.start} | ${m.max} | ${m.end} | ${m.liveStart} → ${m.liveEnd} |`);
if (firstErrors.length) console.log(`\nfirst errors: ${firstErrors.join('; ')}`);
process.exit(totalErrors === 0 ? 0 : 1);
