import { strapi } from "@strapi/client";

// full-access token for the build step (Settings > API Tokens > "build")
export const cms = strapi({ baseURL: "https://cms.konserthuset-orebro.se/api", auth: "5264ed8a72276efd537922c6dbd1d21df5efeab9ad5dd016db6660334ffbae30e27dafe82522edc3d405f910d30023cfa0deba773506b6d46158d09c52d524926711e5577dd9197976754d68eb53d55024edae828ae0ed535bee022113b258f0d8bc6265eab20cccf272b5141b22c72263250598cd87ebc623417f272cee8d38" });

// read-only token used by the preview server
export const preview = strapi({
  baseURL: "https://cms.konserthuset-orebro.se/api",
  auth: "7b89aa406a3f6b5a73109cb2f775bd31b4b14f0c45416ba93a08affa9f2d6def27584cb08ad1b75fd9b00a799d625d1a2934654f989eac5f19aabfe99ee49b1dd2f2d8ec4e8f1454bf2de8ea0ad849f1de7c8e04f81ce99f7dc2566a294a5d2984ea6cee1b5524c95f6ab8eb98670fef0717cdbb728d8de3ec0fd6bc0e746461",
});

export const concerts = cms.collection("concerts");
