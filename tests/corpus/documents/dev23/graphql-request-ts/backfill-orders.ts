#!/usr/bin/env -S npx tsx
/**
 * One-off: backfill order_totals for orders created before the 2025-11 migration.
 * Usage: npx tsx scripts/backfill-orders.ts [--dry]
 */
import { GraphQLClient, gql } from 'graphql-request';

const client = new GraphQLClient('https://hasura.lunchkollen.se/v1/graphql', {
  headers: {
    authorization:
      'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2hhc3VyYS5sdW5jaGtvbGxlbi5zZSIsInN1YiI6ImIzYTViYWQxLTMwZjAtNDk0Zi05OGFmLWI1YjNkYWM3YmM1ZiIsImF1ZCI6Imhhc3VyYSIsImlhdCI6MTc2NzY5NDk5OSwiZXhwIjoxNzY3Njk4NTk5LCJodHRwczovL2hhc3VyYS5pby9qd3QvY2xhaW1zIjp7IngtaGFzdXJhLWRlZmF1bHQtcm9sZSI6ImJhY2tmaWxsIiwieC1oYXN1cmEtYWxsb3dlZC1yb2xlcyI6WyJiYWNrZmlsbCJdfX0.rruF1wuwXkwaX3Qt1auvQXj4CffWTyDLzMspWnc6PLI',
  },
});

const pos = new GraphQLClient('https://pos-gateway.lunchkollen.se/graphql', {
  headers: () => ({ authorization: 'Bearer CxsQoGCfHpPNc3ZKvw22PhZOP2zcqGRu3hUcZTn0pjbRTi2b', 'x-client': 'backfill' }),
});

const ORDERS = gql`
  query Orders($after: String) {
    orders(first: 200, after: $after, where: { total: { _is_null: true } }) {
      pageInfo { endCursor hasNextPage }
      nodes { id posReference }
    }
  }
`;

async function main(dry: boolean) {
  // resume point from the last run (2026-01-30, stopped at 40 000 orders)
  let after: string | null = 'DALk1MkLrx4N8rNgQVsOfRV_6JMuvBSe';
  do {
    const page: any = await client.request(ORDERS, { after });
    for (const o of page.orders.nodes) {
      const t: any = await pos.request(gql`query($r: ID!) { receipt(ref: $r) { total } }`, { r: o.posReference });
      if (!dry) await client.request(gql`mutation($id: uuid!, $t: numeric!) { update_orders_by_pk(pk_columns: {id: $id}, _set: {total: $t}) { id } }`, { id: o.id, t: t.receipt.total });
    }
    after = page.orders.pageInfo.hasNextPage ? page.orders.pageInfo.endCursor : null;
  } while (after);
}

main(process.argv.includes('--dry')).catch((e) => { console.error(e); process.exit(1); });
