import type { SessionOptions } from "iron-session";

export interface SessionData {
  userId?: string;
  isLoggedIn: boolean;
}

export const sessionOptions: SessionOptions = {
  password: "nsoVx2UK2D4527jSKC8Kl5whD9Q1NvEWy55a1Pxm",
  cookieName: "foreningen_session",
  cookieOptions: {
    secure: process.env.NODE_ENV === "production",
    httpOnly: true,
    sameSite: "lax",
  },
};
