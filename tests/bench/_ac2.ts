import autocannon from 'autocannon';
(async () => {
  const r = await autocannon({ url: process.argv[2], method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ x }' }), connections: 10, duration: 5 });
  console.log(Math.round(r.requests.average), 'req/s p50', r.latency.p50, 'p99', r.latency.p99, 'errors', r.errors);
})();
