// The official SDK (@huaweicloud/huaweicloud-sdk-vpc VpcClient v2, AK/SK BasicCredentials) as a client of a peering
// endpoint: creates a peering as the requester, rejects it as the accepter, rejects an unknown id, and rejects with a
// wrong secret key; prints what the SDK returned or threw for each step as one JSON line after the marker
// 'SDK-ROUND-TRIP-RESULT ' (the SDK logs its errors to stdout too).
// Usage: node scripts/sdk-round-trip.mjs '<json: {"endpoint", "requester": {"ak","sk","projectId","vpcId"}, "accepter": {…}}>'
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core');
const vpc = require('@huaweicloud/huaweicloud-sdk-vpc/v2/public-api');

const settings = JSON.parse(process.argv[2] ?? 'null');
if (!settings) {
  console.error("usage: node scripts/sdk-round-trip.mjs '{\"endpoint\", \"requester\": {…}, \"accepter\": {…}}'");
  process.exit(2);
}

const client = (tenant, secretKey = tenant.sk) => vpc.VpcClient.newBuilder()
  .withCredential(new BasicCredentials().withAk(tenant.ak).withSk(secretKey).withProjectId(tenant.projectId))
  .withEndpoint(settings.endpoint)
  .build();

const outcome = async (call) => {
  try {
    const response = await call();
    return { httpStatusCode: response.httpStatusCode, id: response.id ?? response.peering?.id,
      status: response.status ?? response.peering?.status, name: response.name ?? response.peering?.name };
  } catch (error) {
    return { type: error.constructor.name, httpStatusCode: error.httpStatusCode, errorCode: error.errorCode ?? null, errorMsg: error.errorMsg ?? null };
  }
};

const { requester, accepter } = settings;
const option = new vpc.CreateVpcPeeringOption('sdk-round-trip',
  new vpc.VpcInfo(requester.vpcId).withTenantId(requester.projectId),
  new vpc.VpcInfo(accepter.vpcId).withTenantId(accepter.projectId));
const created = await outcome(() => client(requester).createVpcPeering(
  new vpc.CreateVpcPeeringRequest().withBody(new vpc.CreateVpcPeeringRequestBody(option))));
const rejected = await outcome(() => client(accepter).rejectVpcPeering(new vpc.RejectVpcPeeringRequest(created.id)));
const unknown = await outcome(() => client(accepter).rejectVpcPeering(new vpc.RejectVpcPeeringRequest('00000000-0000-4000-8000-000000000000')));
const wrongSecret = await outcome(() => client(accepter, `${accepter.sk}-wrong`).rejectVpcPeering(new vpc.RejectVpcPeeringRequest(created.id)));
console.log(`SDK-ROUND-TRIP-RESULT ${JSON.stringify({ created, rejected, unknown, wrongSecret })}`);
