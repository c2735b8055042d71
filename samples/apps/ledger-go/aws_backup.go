// The disaster-recovery copy on AWS: the same operation names, another cloud's SDK.
package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/kms"
)

func rewrapOnAWS(ctx context.Context, client *kms.Client, blob []byte) ([]byte, error) {
	out, err := client.ReEncrypt(ctx, &kms.ReEncryptInput{
		CiphertextBlob:   blob,
		DestinationKeyId: stringPointer("8a1d8d2e-6c5e-4c3c-9a36-0f9c3a1b7e21"),
	})
	if err != nil {
		return nil, err
	}
	return out.CiphertextBlob, nil
}

func stringPointer(text string) *string { return &text }
