import { io } from "socket.io-client";

const socket = io("wss://api.polarisapps.dev", {
  transports: ["websocket"],
  extraHeaders: { Authorization: "Bearer hvs.CAESIowwWXUZB1KFqaVNu6K_XkGAUbsWEBqKx-dQ9SHXednub8Vij2i1W7OD3RwdqeS8fLN4mpmoGjHyHDokn0CF40" },
  auth: { token: "sbp_11a01396dcfc323c3b34479f2218f1e79cdd6718" },
});

socket.on("connect_error", (err) => console.error(err.message));
