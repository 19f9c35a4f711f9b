// Accept → attendee readable, measured in one process (no shell forks between the accept and the first read):
// an invitation is created (organizer, through the gateway), accepted (straight at invitation-service: the gateway's
// RSVP rate limit would cap the rounds), and from the moment the accept answers, GET /api/attendees/me is asked
// through the gateway every 2 ms until it answers 200. Prints min/p50/p95/p99/max over the rounds.
//   node bench/accept-to-attendee.mjs ROUNDS GATEWAY INVITATION
const [rounds = '200', gw = 'http://localhost:8080', invitation = 'http://localhost:8081'] = process.argv.slice(2);
const json = { 'Content-Type': 'application/json' };
const login = await fetch(`${gw}/api/auth/login`, { method: 'POST', headers: json,
  body: JSON.stringify({ username: 'organizer', password: 'summit-local' }) });
const organizer = (await login.json()).accessToken;
const auth = { Authorization: `Bearer ${organizer}` };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// room for every round: the edition's capacity raised by the rounds when fewer seats are left
const stats = await (await fetch(`${gw}/api/invitations/stats`, { headers: auth })).json();
if (stats.capacity - stats.seatsTaken < Number(rounds)) {
  const s = await (await fetch(`${gw}/api/summit`)).json();
  const settings = { name: s.name, startsAt: s.startsAt, endsAt: s.endsAt, timezone: s.timezone, venue: s.venue,
    rsvpDeadline: s.rsvpDeadline, referralQuota: s.referralQuota, openConferenceUrl: s.openConferenceUrl,
    capacity: s.capacity + Number(rounds) };
  const put = await fetch(`${gw}/api/summit`, { method: 'PUT', headers: { ...json, ...auth }, body: JSON.stringify(settings) });
  if (!put.ok) throw new Error(`raising the capacity: ${put.status} ${await put.text()}`);
}

const samples = [];
for (let i = 1; i <= Number(rounds); i++) {
  const created = await fetch(`${gw}/api/invitations`, { method: 'POST', headers: { ...json, ...auth },
    body: JSON.stringify({ email: `bench-${Date.now()}-${i}@example.com`, fullName: `Bench ${i}`, company: 'Bench',
      locale: 'en', criteria: ['EVANGELIST'] }) });
  const { token } = await created.json();
  const accepted = await (await fetch(`${invitation}/api/rsvp/${token}/accept`, { method: 'POST' })).json();
  const t0 = performance.now();
  if (accepted.status !== 'ACCEPTED') throw new Error(`round ${i}: not accepted (${accepted.status})`);
  const me = { Authorization: `Bearer ${accepted.accessToken}` };
  for (;;) {
    const r = await fetch(`${gw}/api/attendees/me`, { headers: me });
    await r.arrayBuffer();
    if (r.status === 200) break;
    if (performance.now() - t0 > 30000) throw new Error(`round ${i}: attendee not readable after 30 s`);
    await sleep(2);
  }
  samples.push(performance.now() - t0);
}
samples.sort((a, b) => a - b);
const at = (q) => samples[Math.min(samples.length - 1, Math.ceil(samples.length * q) - 1)];
const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
console.log(`accept -> attendee readable, ${samples.length} rounds: min ${samples[0].toFixed(0)} ms, `
  + `p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, `
  + `max ${samples[samples.length - 1].toFixed(0)} ms, mean ${mean.toFixed(0)} ms`);
