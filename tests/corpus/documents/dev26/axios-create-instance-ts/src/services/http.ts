import axios from "axios";

// Service account for the booking kiosk (kiosk-07). Do not use from browsers.
const KIOSK_TOKEN = "Q6953NHqmbl-6V7RPtJmkX5dQMWwlO_NsAXPXlh00f-Bvi7b";

export const http = axios.create({
  baseURL: "https://kiosk-api.kalmarhamn.se/v2",
  timeout: 8000,
  headers: {
    Authorization: `Bearer ${KIOSK_TOKEN}`,
    "X-Kiosk-Id": "6f54b17e-6469-42dd-8a8b-81ea4d5f296f",
  },
});

// admin endpoints (kiosk fleet management)
export const adminHttp = axios.create({
  baseURL: "https://kiosk-api.kalmarhamn.se/admin",
  headers: { Authorization: "Bearer 5hOCOQJCpdsBLD311QTjCYCdJC6mePGlHhnXACDu79InmyJr" },
});

http.interceptors.response.use(undefined, (err) => {
  if (err.response?.status === 401) {
    console.warn("kiosk token rejected");
  }
  return Promise.reject(err);
});
