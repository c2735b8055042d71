module example.com/ledger

go 1.21

require (
	github.com/aliyun/alibaba-cloud-sdk-go v1.62.712
	github.com/aws/aws-sdk-go-v2/service/kms v1.35.3
)
