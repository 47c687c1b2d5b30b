/** The organisation a fresh simulator starts with: its Account Owner, some teams and courses. */
import type { LitmosStore } from './store.js';

export function seedStore(store: LitmosStore): void {
  const owner = store.createUser(
    {
      UserName: 'owner@example.com',
      FirstName: 'Olivia',
      LastName: 'Owner',
      Email: 'owner@example.com',
      AccessLevel: 'Account_Owner',
      SkipFirstLogin: true,
    },
    // An older account: 12-character id, like the Account Owner among the 2019 users.
    { legacyId: true },
  );
  store.ownerId = owner.Id;

  const engineering = store.createTeam('Engineering', 'Everyone who builds the product');
  store.createTeam('Platform', 'Platform engineering', engineering.Id);
  store.createTeam('Sales', 'Sales and account management');

  store.createCourse({ Code: 'SEC101', Name: 'Security Awareness', Description: 'Yearly security basics' });
  store.createCourse({ Code: 'ONB100', Name: 'Onboarding', Description: 'First week at the company' });
  store.createCourse({ Code: 'COC200', Name: 'Code of Conduct', Description: 'How we work together' });
}
