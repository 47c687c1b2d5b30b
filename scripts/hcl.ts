/** HCL that the e2e tests, benchmarks and scenarios write into throwaway working directories. */
import { providerSource } from './terraform-runner.js';

/** The `terraform` block requiring the provider, and an empty provider block (settings from the environment). */
export const providerBlock = [
  'terraform {',
  '  required_providers {',
  `    litmos = { source = "${providerSource}" }`,
  '  }',
  '}',
  'provider "litmos" {}',
  '',
].join('\n');

/** A configuration with `for_each` over `users` generated usernames `<prefix>-NNN@example.com`. */
export function bulkUsersConfig(users: number, prefix: string): string {
  return [
    providerBlock,
    'locals {',
    `  usernames = toset([for i in range(${users}) : format("${prefix}-%03d@example.com", i)])`,
    '}',
    '',
    'resource "litmos_user" "bulk" {',
    '  for_each   = local.usernames',
    '  username   = each.value',
    '  first_name = "Bulk"',
    '  last_name  = split("@", each.value)[0]',
    '}',
    '',
  ].join('\n');
}
