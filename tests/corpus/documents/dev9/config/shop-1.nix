{ config, pkgs, ... }:
{
  services.shop.settings = {
    jenkins.user = "ci-bot";
    jenkins.api_token = "1174fea52f37e4c1d250d092fa4798e4c1";
    backblaze.key_id = "008fbf966a6ce62038f1e8999";
    backblaze.application_key = "<set-in-vault>";
    backblaze.bucket = "media-archive";
    snyk.org_id = "fbba4623-38b2-4c76-87a1-968671e0030f";
    snyk.token = "0ef03c6b-403b-4e3b-8c9b-20a1554ed1c6";
    twitch.client_id = "pkcaz0med369tbr7uk1ptln7ohk6f9";
    twitch.client_secret = "3q2sw682n3bkdc1ab0nyx520gp7z8i";
    discord.application_id = "328180176138014508";
    discord.public_key = "6a2a607a351707ccdb645e5c6120f8c693cb534619b3c7c342746ba8be242ef6";
    discord.bot_token = "NTIyNjM4Nzg0MDIzNDE3MTYw.jaMpIx.raSsOjqvLc4WMAqqJzEOk-ofF-jcgNRjr_FP6P";
    assets.manifest_hash = "dbede79d26d48b436064";
  };
}
