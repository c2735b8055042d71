// The AWS mirror of the session store: AWS KMS, the same operation names as Alibaba's.
import { KMSClient, ReEncryptCommand, DecryptCommand } from '@aws-sdk/client-kms';

const aws = new KMSClient({ region: 'eu-west-1' });

export async function rewrap(blob: Uint8Array): Promise<Uint8Array | undefined> {
  const out = await aws.send(new ReEncryptCommand({ CiphertextBlob: blob, DestinationKeyId: 'alias/session-mirror' }));
  return out.CiphertextBlob;
}

export async function open(blob: Uint8Array) {
  return aws.send(new DecryptCommand({ CiphertextBlob: blob, KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }));
}
