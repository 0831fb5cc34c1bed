// legacy config
Smtp_password: "Orchidm0sa1c91~",
Truststore_password: "Kec4rmJ@^&8nVP7Rlqn4%",
Password_hash_algorithm: "argon2id",
Svc_account_password: "gato_violet_tranbar_kanel_24",
Password_file: "/run/secrets/db_password",
Keystore_password: "xxxxxx",
User: "jenkins",
Host: "mongo-rs0.internal",
