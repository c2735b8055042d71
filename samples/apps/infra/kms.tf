# The keys and secrets Terraform manages. The 2025 migration adds dkms_instance_id to each.

resource "alicloud_kms_key" "orders" {
  description            = "orders database"
  pending_window_in_days = 7
  automatic_rotation     = "Disabled"
}

resource "alicloud_kms_alias" "orders" {
  alias_name = "alias/orders-db"
  key_id     = alicloud_kms_key.orders.id
}

resource "alicloud_kms_secret" "orders_db" {
  secret_name = "prod/orders/db"
  secret_data = var.orders_db_password
  version_id  = "v1"

  lifecycle {
    ignore_changes = [dkms_instance_id, automatic_rotation, rotation_interval]
  }
}

data "alicloud_kms_plaintext" "webhook" {
  ciphertext_blob = var.webhook_blob
}
