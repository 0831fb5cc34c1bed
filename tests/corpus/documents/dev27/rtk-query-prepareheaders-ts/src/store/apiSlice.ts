import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import type { RootState } from './store';

// Fallback for the "demo tablet" build where nobody logs in.
// Owner: platform team. Scope: read:schedule
const TABLET_SERVICE_TOKEN = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlJ5UTF1QmFYdHFkXzByZGJWU0VkX1QifQ.eyJpc3MiOiJodHRwczovL2lkcC52ZXJrc3RhZC1ub3JkLnNlL3JlYWxtcy9wcm9kIiwic3ViIjoia21RN0IxZXU2dFhJTUZIeDhTejF3TTU5IiwiYXVkIjoiZXJwLWdhdGV3YXkiLCJpYXQiOjE3Njk5MTc4NDMsImV4cCI6MTc2OTkyMTQ0MywianRpIjoiZDRyMVFJcmdZTjMwOFV2aCJ9.KcvIcjDPzx2Zrn_qn0dAdbLmMOpEpZI6IaeqxctV-6WvZWe3aninZqvYRxKYzNUy2jfgEI1P1Co0EPu_PcU-Tjb50QAtHcRRHXdjfc4YEwLMGmqH7XilygY3hHS6evE7j9ppStyqtkmq2NDYZigpaY2Ij8Gd0-JlH3I_0NPUhKHpyvINOwnm9xV3g8avoNwDSMokuoCPf7dL41AaQCPSv3zLv-Ox5FgpFFYFsR2fzY61yhgDjGy7-Katnlqs_FZ71JlIv9td_aGi3XR3NpvieQn_8Y5ecH4GO0_gNuOqZwLmUyAb3-AKJAmMDK6TTaAx5Wj9TMRBj_Gid7g43iVqdA';

export const apiSlice = createApi({
  reducerPath: 'api',
  baseQuery: fetchBaseQuery({
    baseUrl: 'https://schema-api.gymkedjan-fyris.se/v2/',
    prepareHeaders: (headers, { getState }) => {
      const token = (getState() as RootState).auth.accessToken ?? TABLET_SERVICE_TOKEN;
      headers.set('authorization', `Bearer ${token}`);
      headers.set('x-club-id', '88393');
      return headers;
    },
  }),
  endpoints: (builder) => ({
    classes: builder.query<ClassSlot[], string>({ query: (date) => `classes?date=${date}` }),
    checkIn: builder.mutation<void, { slotId: string }>({
      query: ({ slotId }) => ({
        url: `https://checkin.gymkedjan-fyris.se/v1/slots/${slotId}/checkin`,
        method: 'POST',
        headers: { Authorization: 'Bearer YYbHnTXUr7BLnYahkW1Obvmn45gp4VwLareNxGsi' },
      }),
    }),
  }),
});

export interface ClassSlot { id: string; name: string; startsAt: string; free: number }
export const { useClassesQuery, useCheckInMutation } = apiSlice;
