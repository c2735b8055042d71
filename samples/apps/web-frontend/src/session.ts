// Opens session cookies sealed under alias/web-session (KMS in cn-shanghai).
import Client, * as $KMS from '@alicloud/kms20160120';
import * as $OpenApi from '@alicloud/openapi-client';

const client = new Client(new $OpenApi.Config({
  accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
  accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
  endpoint: process.env.KMS_ENDPOINT,
}));

export async function openSession(blob: string): Promise<string> {
  const request = new $KMS.DecryptRequest({ ciphertextBlob: blob });
  const response = await client.decrypt(request);
  return response.body.plaintext;
}

export const sessionKey = 'alias/web-session';
