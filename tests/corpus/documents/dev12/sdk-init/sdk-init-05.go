package vendors

func setup(ctx context.Context) {
	hc := hcloud.NewClient(hcloud.WithToken("sbY4fi5Ye7kOVxWf8XZaWmNt3FUcJj411WrqUen4FcOITyhULUyLBDcMJiSXYy0J"))
	
	client := pagerduty.NewClient("Xp_GsKSnWM7NlF-4kE+A")
	
	linodeClient := linodego.NewClient(oauth2.NewClient(ctx, oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "dcb25150a4a854b9a1e4caf8acc8be8520a25f0293c2477a4a142fc5240849cc"})))
	
	api, err := cloudflare.NewWithAPIToken("g39gaCnR7Rz9zyYuBcl_c3klL3-4RRSYT62h1MBp")
	_ = os.Getenv("HCLOUD_TOKEN")
}
