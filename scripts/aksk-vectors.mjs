// Signs a fixed set of requests through the official SDK's own signer (@huaweicloud/huaweicloud-sdk-core:
// BasicCredentials.processAuthRequest, which adds X-Project-Id and calls AKSKSigner.sign) and prints them as JSON,
// so the C# signer and the reference provider can be held to the SDK byte for byte.
// Usage: node scripts/aksk-vectors.mjs <endpoint> <access key> <secret key> <project id> <X-Sdk-Date>
import { createRequire } from 'node:module';
import { stringify } from 'node:querystring';

const require = createRequire(import.meta.url);
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials');
const { HttpRequestBuilder } = require('@huaweicloud/huaweicloud-sdk-core/http/IHttpRequestBuilder');

const [endpoint, ak, sk, projectId, sdkDate] = process.argv.slice(2);
if (!sdkDate) {
  console.error('usage: node scripts/aksk-vectors.mjs <endpoint> <access key> <secret key> <project id> <X-Sdk-Date>');
  process.exit(2);
}

const id = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';
const json = 'application/json';
const vectors = [
  { name: 'reject as the SDK sends it', method: 'PUT', path: `/v2.0/vpc/peerings/${id}/reject`, contentType: json },
  { name: 'show', method: 'GET', path: `/v2.0/vpc/peerings/${id}`, contentType: json },
  { name: 'list with unsorted keys', method: 'GET', path: '/v2.0/vpc/peerings', contentType: json,
    query: { status: 'PENDING_ACCEPTANCE', limit: '10', vpc_id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', marker: '' } },
  { name: 'list with a repeated key', method: 'GET', path: '/v2.0/vpc/peerings', contentType: json,
    query: { name: 'zeta', id: ['b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001'] } },
  { name: 'create with a JSON body', method: 'POST', path: '/v2.0/vpc/peerings', contentType: json,
    data: { peering: { name: 'demo', request_vpc_info: { vpc_id: '7c3e2a91-4b6d-4f8e-9a1c-2d5b7e9f0a13' },
      accept_vpc_info: { vpc_id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b', tenant_id: 'a94e7b2c1d3f4e5a8b6c0d9e2f1a3b4c' } } } },
  { name: 'update with Unicode in the body', method: 'PUT', path: `/v2.0/vpc/peerings/${id}`, contentType: json,
    data: { peering: { name: 'Ω-peering-数据-🚀', description: 'café <b>' } } },
  { name: 'delete without a body', method: 'DELETE', path: `/v2.0/vpc/peerings/${id}`, contentType: json },
  { name: 'Unicode and reserved characters in path and query', method: 'GET', path: '/v2.0/vpc/peerings/名前-ü', contentType: json,
    query: { name: 'café ☕ 🚀', 'tag~x': "a b+c/d*(e)!'", Z: '1', a: '2' } },
  { name: 'an empty JSON object as body', method: 'POST', path: '/v2.0/vpc/peerings', contentType: json, data: {} },
  { name: 'no content type', method: 'GET', path: `/v2.0/vpc/peerings/${id}` },
  { name: 'a content type that is not JSON (unsigned payload)', method: 'PUT', path: `/v2.0/vpc/peerings/${id}/reject`,
    contentType: 'text/plain', data: 'plain text' },
];

const credentials = new BasicCredentials().withAk(ak).withSk(sk).withProjectId(projectId);
const signed = [];
for (const vector of vectors) {
  // Taken before signing: the signer sorts the values of a repeated key in place.
  const wireQuery = stringify(vector.query ?? {});
  const headers = { 'X-Sdk-Date': sdkDate };
  if (vector.contentType) {
    headers['content-type'] = vector.contentType;
  }
  const request = new HttpRequestBuilder()
    .withEndpoint(endpoint)
    .withUrl(vector.path)
    .withMethod(vector.method)
    .withHeaders(headers)
    .withQueryParams(vector.query ?? {})
    .withPathParams({})
    .withData(vector.data)
    .build();
  const result = await credentials.processAuthRequest(request);
  signed.push({
    name: vector.name,
    method: vector.method,
    path: vector.path,
    // What the SDK's HTTP client puts on the wire (axios with querystring.stringify), in the SDK's key order.
    query: wireQuery,
    contentType: vector.contentType ?? null,
    body: vector.data === undefined ? null : typeof vector.data === 'string' ? vector.data : JSON.stringify(vector.data),
    headers: result.headers,
  });
}
console.log(JSON.stringify(signed, null, 2));
