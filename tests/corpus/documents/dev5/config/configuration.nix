{ config, pkgs, ... }:
{
  users.users.deploy = {
    isNormalUser = true;
    initialPassword = "Cinder^861";
    hashedPassword = "$6$rounds=656000$c6wIrXgokD13Sj9K$bj4XYxbS6L822ygyu6og8MbKBUdRMtSZTUlziJPwDNj9CyBhGrEwMS8t9/u96pgcvlKyfif.LphrpnPkRPIZr6";
  };

  services.grafana = {
    enable = true;
    settings.security.admin_password = "wY81GEZsHBMjxR";
    settings.security.secret_key = "0a1V0DDTRddUGt0pmf8pFJl5hC3b1nun";
  };

  services.restic.backups.s3 = {
    environmentFile = "/run/secrets/restic.env";
    passwordFile = "/run/secrets/restic-password";
    repository = "s3:s3.amazonaws.com/backups-232704";
  };
}
