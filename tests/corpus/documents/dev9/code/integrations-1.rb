# config/initializers/integrations.rb
Rails.application.config.x.integrations = {
  cypress: { project_id: ENV.fetch("CYPRESS_PROJECT_ID", "z5jxs6"), record_key: ENV.fetch("CYPRESS_RECORD_KEY", "f4984ff6-fca8-4c5c-9e36-83ca1926909a") },
  braintree: { merchant_id: ENV.fetch("BRAINTREE_MERCHANT_ID", "rxayg3lesfxpq2to"), public_key: ENV.fetch("BRAINTREE_PUBLIC_KEY", "t0da08dr3whsz8zz"), private_key: ENV.fetch("BRAINTREE_PRIVATE_KEY", "changeme") },
  do_spaces: { key: ENV.fetch("DO_SPACES_KEY", "TZSUZ971O3FO3MPQKVSN"), secret: ENV.fetch("DO_SPACES_SECRET", "rDfASBcGSAWYLdhEuK0vjTXWCqjriEVyQbio37vK-Gz"), endpoint: ENV.fetch("DO_SPACES_ENDPOINT", "fra1.digitaloceanspaces.com") },
  jwt: { secret: ENV.fetch("JWT_SECRET", "rlXpsnZnNMh0IRT0ArCwpm5isFuvhqW18Q6l35uB5egn5fadk4wGyHb9LkohKEfL"), issuer: ENV.fetch("JWT_ISSUER", "https://auth.internal"), ttl_seconds: ENV.fetch("JWT_TTL_SECONDS", "3600") },
  webhook: { signing_secret: ENV.fetch("WEBHOOK_SIGNING_SECRET", "m7l3Jgpt3arCCurGFdOJ2C3E64ORXRYpU0Bs9uZV"), signature_header: ENV.fetch("WEBHOOK_SIGNATURE_HEADER", "X-Signature-256") },
  deploy: { ssh_public_key: ENV.fetch("DEPLOY_SSH_PUBLIC_KEY", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIqutK7l3V6UBtqgN+Y7/VK8vGGeKEdxaQ8gHvJmmtuTA deploy@ci") },
  push: { vapid_public_key: ENV.fetch("PUSH_VAPID_PUBLIC_KEY", "BdkmRKEo9XPNxOHSf7a23o5ezq4vM0D5thrKLyAZNqiPpgC36vpjyE33x7pL0L_vyR8ood13Mu10YcxXd5xawx4") },
  matrix: { verify_key: ENV.fetch("MATRIX_VERIFY_KEY", "E+byOK/Ug8rY5J8boBh+uaDl+e5yD1xDF0vHycQWFXw") },
}
