// Drives one slice of the suite through the gateway of the deployed containers: an organizer signs in and invites,
// the invitee opens the RSVP page and accepts, the attendee appears in attendee-service (an event through Kafka),
// and the agenda answers. Prints each step; exits non-zero on the first step that fails.
// usage: node slice.mjs <gateway base URL> <organizer password> [--invite-only]
//   --invite-only: sign in, invite and accept only (what must work while Kafka is away: events wait in the outbox)
const [base, password, mode] = process.argv.slice(2);
const step = (text) => console.log(`  slice: ${text}`);
const fail = (text) => { console.error(`  slice FAILED: ${text}`); process.exit(1); };

async function call(method, path, { token, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  return { status: res.status, json, text, headers: res.headers };
}
function expect(res, status, what) {
  if (res.status !== status) fail(`${what}: HTTP ${res.status}, expected ${status}: ${res.text.slice(0, 300)}`);
  return res.json;
}
async function eventually(what, seconds, probe) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const last = await probe();
    if (last === true) return;
    if (Date.now() > deadline) fail(`${what} within ${seconds} s (last: ${JSON.stringify(last).slice(0, 200)})`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const login = expect(await call('POST', '/api/auth/login', { body: { username: 'organizer', password } }), 200,
  'organizer sign-in');
step('organizer signed in');
const email = `deploy-check-${Date.now()}@example.com`;
const invitation = expect(await call('POST', '/api/invitations', { token: login.accessToken, body: {
  email, fullName: 'Deploy Check', company: 'Open Corp', locale: 'en', criteria: ['OSPO_PRACTITIONER'] } }), 201,
'create an invitation');
if (!invitation.token) fail('the new invitation carries no RSVP token');
step(`invitation ${invitation.id} created`);
expect(await call('GET', `/api/rsvp/${invitation.token}`), 200, 'open the RSVP page data');
const accepted = expect(await call('POST', `/api/rsvp/${invitation.token}/accept`), 200, 'accept the invitation');
if (accepted.status !== 'ACCEPTED' || !accepted.accessToken) fail(`accept answered ${JSON.stringify(accepted)}`);
step('invitation accepted');
if (mode === '--invite-only') process.exit(0);
const started = Date.now();
await eventually('the attendee appears in attendee-service (invitation.accepted through Kafka)', 60, async () => {
  const me = await call('GET', '/api/attendees/me', { token: accepted.accessToken });
  return (me.status === 200 && me.json.email === email) || me.status;
});
step(`attendee visible after ${Date.now() - started} ms (outbox → Kafka SASL_SSL → consumer)`);
const agenda = expect(await call('GET', '/api/agenda'), 200, 'the public agenda');
if (!Array.isArray(agenda.sessions)) fail('the agenda has no sessions list');
step(`agenda answered (version ${agenda.version})`);
