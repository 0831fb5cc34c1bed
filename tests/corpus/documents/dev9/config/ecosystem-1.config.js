module.exports = {
  apps: [{
    name: "api",
    script: "dist/main.js",
    env_production: {
      FLAGSMITH_ENVIRONMENT_KEY: "msTZRnTQkKnO2prVzKAPcd",
      FLAGSMITH_SERVER_KEY: "<set-in-vault>",
      BROWSERSTACK_USERNAME: "qaautomation_Xk2p",
      BROWSERSTACK_ACCESS_KEY: "7gWC6iQbQLu9XKX8sLq2",
      TELEGRAM_BOT_TOKEN: "7295398696:AAGRQSBb_hfil0IuT166E8pWVktbq7SOJq2",
      TELEGRAM_CHAT_ID: "-1000211014191",
      AUTH0_DOMAIN: "nordhamn.eu.auth0.com",
      AUTH0_CLIENT_ID: "yHtiiD6KYKRhpr8OUY7hkwDyJm1bKlV1",
      AUTH0_CLIENT_SECRET: "-qD6XcSF8JDAVap7OzEnn6TQuzPE8cmRnX41n-GWYaIyUWkBKibP0JARt4_3Vxwo",
      CDN_ASSET_INTEGRITY: "sha384-L78WTmGKfU7uQxOYh7upo3CP964cqaGobAjX9Tlct0IuulXNqp2V4mikzQ8t1Tu1",
      GPG_SIGNING_KEY_ID: "E9B732430C12D583",
      BUILD_COMMIT_SHA: "5c0907a115a734194b56285b1ba6ea977be99a05",
    },
  }],
};
