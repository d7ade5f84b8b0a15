// Runs one SPARQL SELECT with Comunica's link traversal (@comunica/query-sparql-link-traversal), as a client of the
// linked data would: the IRIs of the query are the seeds, every link found is followed. Only URLs under ORIGIN are
// fetched (any other answers 404 here, so a test run never leaves the machine).
//   NODE_PATH=DIR/node_modules node select.cjs ORIGIN QUERY
// Prints, one JSON object a line: {"accept": "..."} for the first request, then each solution {"var": "value", ...}.
const { QueryEngine } = require('@comunica/query-sparql-link-traversal');

const [origin, query] = process.argv.slice(2);
let acceptShown = false;

function localOnly(input, init) {
  const url = typeof input === 'string' ? input : input.url;
  if (!acceptShown) {
    acceptShown = true;
    console.log(JSON.stringify({ accept: new Headers(init && init.headers).get('accept') }));
  }
  if (!url.startsWith(origin))
    return Promise.resolve(new Response('not fetched in tests', { status: 404, headers: { 'content-type': 'text/plain' } }));
  return fetch(input, init);
}

new QueryEngine().queryBindings(query, { lenient: true, fetch: localOnly })
  .then(stream => stream.toArray())
  .then(rows => {
    for (const b of rows)
      console.log(JSON.stringify(Object.fromEntries([...b].map(([k, v]) => [k.value, v.value]))));
  })
  .catch(e => { console.error(e); process.exit(1); });
