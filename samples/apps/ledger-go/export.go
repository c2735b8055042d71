// Package main exports the ledger's data keys to the audit vault, wrapped under its public key.
package main

import (
	"fmt"
	"os"

	"github.com/aliyun/alibaba-cloud-sdk-go/services/kms"
)

const ledgerKey = "alias/ledger"

func exportDataKey(publicKey string) (string, error) {
	client, err := kms.NewClientWithAccessKey("cn-beijing", os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"), os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET"))
	if err != nil {
		return "", err
	}
	generate := kms.CreateGenerateDataKeyRequest()
	generate.KeyId = ledgerKey
	dataKey, err := client.GenerateDataKey(generate)
	if err != nil {
		return "", err
	}
	request := kms.CreateExportDataKeyRequest()
	request.CiphertextBlob = dataKey.CiphertextBlob
	request.PublicKeyBlob = publicKey
	request.WrappingKeySpec = "RSA_2048"
	response, err := client.ExportDataKey(request)
	if err != nil {
		return "", err
	}
	return response.ExportedDataKey, nil
}

func main() {
	key, err := exportDataKey(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(key)
}
