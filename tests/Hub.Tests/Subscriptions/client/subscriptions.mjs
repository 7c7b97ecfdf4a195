// Drives the hub's graphql-transport-ws endpoint with the reference client (npm graphql-ws) and with raw frames (npm ws)
// for the protocol's close codes. Prints one "CHECK name: json" line per check; SubscriptionTests asserts them.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [base, configJson] = process.argv.slice(2);
const config = JSON.parse(configJson);
const url = base.replace(/^http/, 'ws').replace(/\/?$/, '/graphql');
const log = (name, value) => console.log(`CHECK ${name}: ${JSON.stringify(value)}`);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function post(token, query, variables) {
  const response = await fetch(base.replace(/\/?$/, '/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

// Sends raw frames, one after another (objects as JSON), and reports how the server closed and what it sent.
function raw(frames, { waitMs = 4000 } = {}) {
  return new Promise(resolve => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    const received = [];
    const timer = setTimeout(() => { socket.close(); resolve({ code: 'open', received }); }, waitMs);
    socket.on('open', async () => {
      for (const frame of frames) {
        if (frame === 'wait') { await sleep(300); continue; }
        socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
      }
    });
    socket.on('message', data => received.push(JSON.parse(data.toString()).type));
    socket.on('error', error => received.push(`error: ${error.message}`));
    socket.on('close', (code, reason) => { clearTimeout(timer); resolve({ code, reason: reason.toString(), received }); });
  });
}

const init = { type: 'connection_init', payload: { Authorization: `Bearer ${config.volunteerToken}` } };
const subscribe = id => ({ id, type: 'subscribe', payload: { query: 'subscription($id: ID!) { referralChanged(id: $id) { status } }', variables: { id: config.referral } } });

log('subscribeBeforeInit', await raw([subscribe('a')]));
log('initTwice', await raw([init, 'wait', init]));
log('sameIdTwice', await raw([init, 'wait', subscribe('a'), subscribe('a')]));
log('notJson', await raw(['{ not json']));
log('noInit', await raw([], { waitMs: 4000 }));
log('badToken', await raw([{ type: 'connection_init', payload: { Authorization: 'Bearer not-a-token' } }]));
log('ping', await raw([init, 'wait', { type: 'ping' }], { waitMs: 1000 }));

// The reference client, refused: a token the hub does not accept closes the connection with 4403.
const refused = await new Promise(resolve => {
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { Authorization: 'Bearer not-a-token' }, retryAttempts: 0, lazy: false, onNonLazyError: () => {},
    on: { closed: event => resolve({ code: event.code, reason: event.reason }) } });
  client.subscribe({ query: 'subscription { bookingChanged(venueId: "x") { id } }' }, { next() {}, error() {}, complete() {} });
});
log('clientRefused', refused);

// The reference client, as the volunteer the referral is sent to: each step of the referral arrives as an event, read
// under the policy of that moment.
const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${config.volunteerToken}` }, retryAttempts: 0 });
const events = [];
let wake = () => {};
const dispose = client.subscribe(
  { query: 'subscription Follow($id: ID!) { referralChanged(id: $id) { status sharesPersonalData need { ... on Need { name } } } }', variables: { id: config.referral } },
  { next: value => { events.push(value); wake(); }, error: error => log('subscriptionError', error), complete: () => {} });
const nextEvent = async () => {
  for (let i = 0; i < 100 && events.length === 0; i++) await new Promise(resolve => { wake = resolve; setTimeout(resolve, 50); });
  return events.shift() ?? null;
};
await sleep(500);
log('accept', (await post(config.volunteerToken, 'mutation($id: ID!) { acceptReferral(input: {id: $id, version: 2}) { userErrors { code } } }', { id: config.referral })).data);
log('accepted', await nextEvent());
log('withdraw', (await post(config.workerToken, 'mutation($id: ID!) { withdrawConsent(input: {id: $id, version: 1}) { userErrors { code } } }', { id: config.consent })).data);
log('start', (await post(config.volunteerToken, 'mutation($id: ID!) { startReferral(input: {id: $id, version: 3}) { userErrors { code } } }', { id: config.referral })).data);
log('started', await nextEvent());
dispose();
await client.dispose();

// Anyone may follow the needs posted in a township; an elder's need reaches them by its public title only.
const anonymous = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
const posted = [];
const stop = anonymous.subscribe({ query: 'subscription { needPosted(areaCode: "430112001", categories: ["companionship"]) { name categories } }' },
  { next: value => posted.push(value), error: error => log('needPostedError', error), complete: () => {} });
await sleep(500);
log('post', (await post(config.workerToken, 'mutation { createNeed(input: {name: "贺某红陪同就医", categories: ["companionship.escort"], mode: HOME, ownerId: "RWxkZXI6MTUzMg"}) { need { id } } }')).data);
log('postOther', (await post(config.workerToken, 'mutation { createNeed(input: {name: "贺某红助餐", categories: ["meal.help"], mode: HOME, ownerId: "RWxkZXI6MTUzMg"}) { need { id } } }')).data);
for (let i = 0; i < 40 && posted.length === 0; i++) await sleep(50);
await sleep(300);
log('posted', posted);
stop();

// A venue's calendar, followed by anyone: a booking made arrives, a cancellation too.
const bookings = [];
const unfollow = anonymous.subscribe({ query: 'subscription($v: ID!) { bookingChanged(venueId: $v) { status window { from weekly } } }', variables: { v: config.venue } },
  { next: value => bookings.push(value), error: error => log('bookingError', error), complete: () => {} });
await sleep(500);
const booked = await post(config.adminToken, 'mutation($v: ID!, $by: ID!) { bookVenue(input: {name: "居民议事会", venueId: $v, bookedById: $by, window: {from: "2027-01-10", to: "2027-01-10", weekly: "Sun 10-11"}}) { booking { id } userErrors { code message } } }',
  { v: config.venue, by: config.venueOwner });
log('booked', booked.data);
await post(config.adminToken, 'mutation($id: ID!) { cancelBooking(input: {id: $id, version: 1, reason: "改期"}) { userErrors { code } } }', { id: booked.data.bookVenue.booking.id });
for (let i = 0; i < 40 && bookings.length < 2; i++) await sleep(50);
log('bookings', bookings);
unfollow();
await anonymous.dispose();
process.exit(0);
