package main
import "github.com/aliyun/alibaba-cloud-sdk-go/services/kms"
func f() { c, _ := kms.NewClientWithAccessKey("r", "a", "b"); c.ExportDataKey(kms.CreateExportDataKeyRequest()) }
