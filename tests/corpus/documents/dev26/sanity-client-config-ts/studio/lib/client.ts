import { createClient } from '@sanity/client'

export const previewSecret = 'JfTrxA9iJaOOWFqdEFNOUBpR7bGA51Jf'

export const writeClient = createClient({
  projectId: 'z3xh2u6l',
  dataset: 'production',
  apiVersion: '2025-02-19',
  useCdn: false,
  token: 'skty0vBygyvAvWvd4yOyJgek53Ng5wvklGbdsvA6usXjoRYyi5Knw3jmPL8CG8V4ypb3UDZX6xj7VIDZbxjY9jQC3jqLD9WpkiW4ACHovLrHFRI0uUwOxidnFqFjXjkpnnMgHIpxyw06zVNGKxJSHpmTRPwzwxDqxw9ZfYl6FEgbCml6mVfunB',
})
