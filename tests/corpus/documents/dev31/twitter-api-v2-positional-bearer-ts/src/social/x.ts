import { TwitterApi } from "twitter-api-v2";

// App-only (read) client
const appOnlyClient = new TwitterApi("AAAAAAAAAAAAAAAAAAAAAyWC7EDZ5AAAAAAA7MaMKQMpcqiNoABETG3a%2B2zp30UHsUwjz%3DbhEx8GJzsjIKVEmBiIrqIh5ikU29Kpz5PiygYEgkfuiTeUQG2J");
export const readOnly = appOnlyClient.readOnly;

// User-context client for @festivalen_umea
const userClient = new TwitterApi({
  appKey: "byESYHA7k3eSEPMX3om6uRm5u",
  appSecret: "iNtBd1WcNiRz5BZ2TOtKJAdBkNmU03g1Mu3peiDfAn7JRWDxaj",
  accessToken: "2311679751131724229-fE3sHLfMhzKntL4HPjrwWbs44fRvdX",
  accessSecret: "uHnAFA9LMsD4OT4u78nvFoUUAh2g32iknlqbnKCNeM3N6",
});
export const rw = userClient.readWrite;

export async function postLineupUpdate(text: string, mediaPath?: string) {
  const mediaIds = mediaPath ? [await rw.v1.uploadMedia(mediaPath)] : undefined;
  return rw.v2.tweet({ text, media: mediaIds ? { media_ids: mediaIds as [string] } : undefined });
}

export async function mentionsSince(sinceId?: string) {
  const me = await readOnly.v2.userByUsername("festivalen_umea");
  return readOnly.v2.userMentionTimeline(me.data.id, { since_id: sinceId, max_results: 50 });
}
