resource "alicloud_kms_key" "k" {
  lifecycle {
    ignore_changes = [automatic_rotation]
  }
}
