import Mux from "@mux/mux-node";

export const mux = new Mux({
  tokenId: "6137fe60-f2e1-4056-93e8-28dc20e959b4",
  tokenSecret: "cBzWbTCcdpjiShDpFmcYUdBZ8dX9BuzynUvmZ65DxNLGgkreWiTM426acvCH30gwzMFP6XqEYug1Wfsa",
  webhookSecret: "qNf35UqCsfM2YWCFCgYf78H3v9LEe5E9",
});

// playback ids are public
export const INTRO_PLAYBACK_ID = "YgFEAtXgnsphmnyoxC8WCXbjqbdfpNXAlrhxHIDY";
