// A frontend team's first journey through the suite with the TypeScript client generated from the merged OpenAPI
// document (openapi-generator typescript-fetch, compiled with tsc --strict). system-tests/TypeScriptClientIT
// generates the client into ./client, compiles this file beside it and runs it against the running suite:
//   node journey.js GATEWAY_URL ORGANIZER_USERNAME ORGANIZER_PASSWORD
// It prints one line per step and exits 1 on the first thing that is not as the document promised.
import {
  AttendeeApi, Configuration, InviteeApi, OrganizerApi, PublicApi, ResponseError,
  SessionKind, Topic, type AgendaView, type RsvpResult,
} from './client';

// the two things of Node this script uses (no @types/node needed)
declare const process: { argv: string[]; exitCode?: number };

const [basePath, username, password] = process.argv.slice(2);

function step(what: string, detail: unknown = ''): void {
  console.log(`ok ${what}${detail === '' ? '' : ': ' + JSON.stringify(detail)}`);
}

function check(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`not as promised: ${what}`);
  }
}

/** retries while the answer is one of `statuses` (an attendee's record arrives through Kafka moments later) */
async function eventually<T>(call: () => Promise<T>, statuses: number[]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      if (!(e instanceof ResponseError) || !statuses.includes(e.response.status) || attempt >= 60) {
        throw e;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** a conditional GET: the agenda, or null while the version named by etag is still the latest (304) */
async function agendaIfChanged(publicApi: PublicApi, etag: string): Promise<AgendaView | null> {
  try {
    return await publicApi.getAgenda({ ifNoneMatch: etag });
  } catch (e) {
    if (e instanceof ResponseError && e.response.status === 304) {
      return null; // not modified: keep what you have
    }
    throw e;
  }
}

async function main(): Promise<void> {
  const anonymous = new Configuration({ basePath });
  const publicApi = new PublicApi(anonymous);
  const invitee = new InviteeApi(anonymous);

  // 1. the organizer signs in, invites someone; a retry with the same Idempotency-Key is answered, not repeated
  const signIn = await new OrganizerApi(anonymous).signIn({ loginRequest: { username, password } });
  const organizer = new OrganizerApi(new Configuration({ basePath, accessToken: signIn.accessToken }));
  step('organizer signed in', { expiresIn: signIn.expiresIn });
  const key = `journey-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const email = `${key}@example.com`;
  const request = {
    createInvitationRequest: {
      email, fullName: '王芳', company: 'Example Tech', locale: 'zh-CN' as const, criteria: ['OSPO_PRACTITIONER' as const],
    },
    idempotencyKey: key,
  };
  const created = await organizer.createInvitationRaw(request);
  const invitation = await created.value();
  check(created.raw.status === 201 && created.raw.headers.get('Location') !== null, '201 with Location');
  check(typeof invitation.token === 'string', 'the token once, at creation');
  const retried = await organizer.createInvitationRaw(request);
  check(retried.raw.headers.get('Idempotent-Replayed') === 'true', 'the retry is the stored answer');
  check((await retried.value()).id === invitation.id, 'the retry created nothing new');
  step('invited, retry replayed', { id: invitation.id, status: invitation.status });

  // 2. the invitee opens the link and accepts: the answer carries an attendee token
  const token = invitation.token as string;
  const view = await invitee.viewInvitation({ token });
  check(view.invitee.fullName === '王芳' && view.locale === 'zh-CN', 'the invitation as written');
  const accepted: RsvpResult = await invitee.acceptInvitation({ token });
  check(accepted.status === 'ACCEPTED' && typeof accepted.accessToken === 'string', 'accepted with a token');
  const attendee = new AttendeeApi(new Configuration({ basePath, accessToken: accepted.accessToken as string }));
  step('accepted', { attendeeId: accepted.attendeeId });

  // 3. the attendee prepares (the letter's items) once their record exists
  const prepared = await eventually(() => attendee.saveMyPreparation({
    preparation: {
      ospoWorkReview: 'We set up an OSPO in 2021.', lessonsLearned: 'Start with compliance.',
      expectationsFromPeers: 'How others measure OSPO value.', problems: ['Budget for upstream work'],
      managerInformed: true, topics: [Topic.Legal, Topic.Management],
    },
  }), [404]);
  check(prepared.preparation?.topics?.includes(Topic.Legal) === true, 'the preparation kept');
  step('prepared', { readiness: prepared.readiness, completeness: prepared.completeness });

  // 4. the organizer publishes a session, the attendee registers and reads their calendar
  const room = await organizer.createRoom({ roomRequest: { name: `Journey room ${key}`, capacity: 10 } });
  const session = await organizer.createSession({
    sessionRequest: {
      title: 'Legal roundtable: licences in products', kind: SessionKind.Roundtable, topics: [Topic.Legal],
      speakers: [{ name: `Speaker ${key}`, company: 'Example Tech' }], roomId: room.id,
      startsAt: new Date('2027-03-20T16:00:00+08:00'), endsAt: new Date('2027-03-20T17:00:00+08:00'),
    },
  });
  await organizer.publishAgenda({});
  const registration = await eventually(() => attendee.registerForSession({ id: session.id }), [403, 404]);
  step('registered', { session: session.id, seatsLeft: registration.seatsLeft });
  const calendar = await attendee.getMyCalendar();
  check(calendar.includes('BEGIN:VCALENDAR') && calendar.includes(session.id), 'me.ics lists the session');
  step('calendar', { bytes: calendar.length });

  // 5. the public agenda, then the same version again: 304 is "not modified", not an error
  const first = await publicApi.getAgendaRaw({});
  const etag = first.raw.headers.get('ETag');
  check(etag !== null && (await first.value()).sessions.some((s) => s.id === session.id), 'the agenda with its ETag');
  check(await agendaIfChanged(publicApi, etag as string) === null, '304 while the version is the latest');
  step('agenda not modified', { etag });
  console.log(JSON.stringify({ journey: 'complete', invitation: invitation.id, session: session.id }));
}

main().catch(async (e: unknown) => {
  if (e instanceof ResponseError) {
    // the RSVP token is the invitee's credential: never in the output
    const where = e.response.url.replace(/\/rsvp\/[^/?]+/, '/rsvp/<token>');
    console.error(`${e.response.status} from ${where}: ${await e.response.text()}`);
  } else {
    console.error(e);
  }
  process.exitCode = 1;
});
