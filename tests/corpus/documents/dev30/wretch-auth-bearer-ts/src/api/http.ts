import wretch from "wretch";
import QueryStringAddon from "wretch/addons/queryString";

const API_TOKEN = "b39af0be16b05bd318475b4028685fc4778aad105b71eeb7";

export const api = wretch("https://api.bokningssystem.se/v1")
  .addon(QueryStringAddon)
  .auth(`Bearer ${API_TOKEN}`)
  .errorType("json");

export const admin = wretch("https://api.bokningssystem.se/admin").auth("Bearer j83rfdpfMunxTfPUlOEKU7NLrIRo13EiqqUDGG7A");

export const lediga = (resurs: string, dag: string) => api.url(`/resurser/${resurs}/lediga`).query({ dag }).get().json();
