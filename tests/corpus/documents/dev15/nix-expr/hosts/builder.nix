{ config, pkgs, ... }:
{
  networking.hostName = "builder";
  users.users.deploy = {
    isNormalUser = true;
    initialPassword = "Ripple_Banjo_Thistle91";
    extraGroups = [ "wheel" ];
  };
  users.users.root.hashedPassword = "$6$MVRUFQBeNA8lrmRD$Yw9JTNvv0C8ezNNVa5XtLjLLlZAj0R6jqCZr9FMQRQRE0PVnkHriICFKedzVq4ecUBykVQi7/vGjcHTljqh6XO";
  services.postgresql = {
    enable = true;
    initialScript = pkgs.writeText "init.sql" ''
      CREATE ROLE hydra LOGIN PASSWORD 'KDm2Y%Q^nk9J#=9Vx4r=B2';
    '';
  };
  environment.etc."nix-upload/aws".text = ''
    [default]
    aws_access_key_id = AKIA4C4V7KDPEJBKYP2K
    aws_secret_access_key = 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
  '';
  services.grafana.settings.security.admin_password = "Zenith1987$";
  services.grafana.settings.security.secret_key = "$__file{/run/secrets/grafana-key}";
  nix.settings.trusted-public-keys = [ "cache.example.com-1:HCObbUbM5QU4tj2SChumRR2kcpFXleYYlHQH6XlauLD=" ];
  systemd.services.uploader.environment.CACHIX_AUTH_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImNfRmVvVnJraWE5blFpOFFfY3kyZ0gifQ.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiMGE0NGI0NzgtYTczNi00MTFiLTk1ODYtNGQ3OTk1YzUxYTEyIiwiYXVkIjoiYXBpOi8vZGVmYXVsdCIsImlhdCI6MTc5NzIzNjUzNCwiZXhwIjoxNzk3MjM3NDM0LCJzY29wZSI6ImFwaS5yZWFkIn0.rQ2-4xUysO_bsbjHG43bri9upQG0qcLQIbkvhsHv7Wu";
}
