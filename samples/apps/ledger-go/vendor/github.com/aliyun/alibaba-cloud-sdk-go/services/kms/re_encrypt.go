// A vendored copy of the SDK's request, as `go mod vendor` leaves it: never the application's own call.
package kms

import "github.com/aliyun/alibaba-cloud-sdk-go/sdk/requests"

// ReEncryptRequest is the request of ReEncrypt.
type ReEncryptRequest struct {
	*requests.RpcRequest
	DestinationKeyId string `position:"Query" name:"DestinationKeyId"`
}

// CreateReEncryptRequest creates a request to invoke ReEncrypt.
func CreateReEncryptRequest() (request *ReEncryptRequest) {
	request = &ReEncryptRequest{RpcRequest: &requests.RpcRequest{}}
	request.InitWithApiInfo("Kms", "2016-01-20", "ReEncrypt", "kms", "openAPI")
	return
}
