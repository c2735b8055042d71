<?php
// Decrypts the reporting database password with a generic request (product Kms, version 2016-01-20).

use AlibabaCloud\Client\AlibabaCloud;

final class ReportKeys
{
    private const KEY_ID = 'acs:kms:cn-shanghai:1540355698845812:alias/reporting';

    public static function databasePassword(string $blob): string
    {
        AlibabaCloud::accessKeyClient(getenv('ACCESS_KEY_ID'), getenv('ACCESS_KEY_SECRET'))
            ->regionId('cn-shanghai')
            ->asDefaultClient();
        $result = AlibabaCloud::rpc()
            ->product('Kms')
            ->version('2016-01-20')
            ->action('Decrypt')
            ->host('kms.cn-shanghai.aliyuncs.com')
            ->options(['query' => ['CiphertextBlob' => $blob]])
            ->request();
        return $result['Plaintext'];
    }
}
