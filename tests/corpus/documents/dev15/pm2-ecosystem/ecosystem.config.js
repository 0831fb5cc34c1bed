module.exports = {
  apps: [
    {
      name: "api",
      script: "dist/server.js",
      instances: 4,
      env_production: {
        NODE_ENV: "production",
        DATABASE_URL: "postgres://api:wpIwHeejuSNNyxJ8rOIh@pg.internal:5432/api",
        JWT_SECRET: "sdRvtCiz1s3X9wGHfyEM~mSOXjNCwAhaAiF",
        COOKIE_SECRET: "afl1vuQ0z5pCv9PFvITNO7TBdCW9D4WWqg1S1a2N",
        ALGOLIA_APP_ID: "6VZXL7GTO1",
        ALGOLIA_ADMIN_KEY: "e3241eef268dcca809e57ec665b93d15",
        ALGOLIA_SEARCH_KEY: "6c2bd6791a30b562f68b8626b06041c0",
      },
    },
    {
      name: "worker",
      script: "dist/worker.js",
      env_production: {
        REDIS_PASSWORD: "Glacier_Orbit_Walrus38",
        MAILER_PASSWORD: "Marble_Ripple_Pickle89",
        PUSHER_APP_KEY: "7c76a5e7f1101f8edd11",
        PUSHER_APP_SECRET: "1a4bf66c35f42e362a05",
        SENTRY_DSN: process.env.SENTRY_DSN,
      },
    },
  ],
  deploy: {
    production: { user: "deploy", host: ["10.70.0.5"], ref: "origin/main", repo: "git@git.example.com:acme/api.git", path: "/srv/api" },
  },
};
