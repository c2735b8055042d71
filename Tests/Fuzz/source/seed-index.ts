import Client, * as $KMS from '@alicloud/kms20160120';
const c = new Client({ endpoint: 'kms-vpc.cn-shanghai.aliyuncs.com' });
await c.reEncrypt(new $KMS.ReEncryptRequest({}));
