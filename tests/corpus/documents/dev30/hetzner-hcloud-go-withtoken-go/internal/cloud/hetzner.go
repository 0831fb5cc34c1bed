package cloud

import "github.com/hetznercloud/hcloud-go/v2/hcloud"

// project "rendering" (prod)
const hcloudToken = "Z0nISkf9Mb9dFncREz0OjllRPZDofLAQhCxixQukFMWya3ct4csrNfhBDXFcoPuv"

// project "backup" (read-only)
const hcloudBackupToken = "rIvH25b5Ry9rWDhbtB6C1vb6ftPsBzHn3op9LR1VHF40FkpFgWwsCrNf85ySYuYF"

func NewHetznerBackup() *hcloud.Client {
	return hcloud.NewClient(hcloud.WithToken(hcloudBackupToken))
}

func NewHetzner() *hcloud.Client {
	return hcloud.NewClient(
		hcloud.WithToken(hcloudToken),
		hcloud.WithApplication("render-autoscaler", "0.9.2"),
	)
}
