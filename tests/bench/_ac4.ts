import autocannon from 'autocannon';
import { SCENARIOS } from './scenarios';
(async () => {
for (const s of SCENARIOS) {
  const url = `http://127.0.0.1:4000/graphql?query=${encodeURIComponent(s.query)}&variables=${encodeURIComponent(JSON.stringify(s.variables))}`;
  const r = await autocannon({ url, connections: 10, duration: 5 });
  console.log('GET', s.name, Math.round(r.requests.average), 'req/s p50', r.latency.p50, 'p99', r.latency.p99, 'errors', r.errors, 'non2xx', r.non2xx);
}
})();
