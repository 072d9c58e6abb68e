import fc from "fast-check";
import { expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { createOrganisation, createUser } from "../../../test/factories.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { findSession } from "../auth/find-session.ts";
import { logIn } from "../auth/log-in.ts";
import { hashToken } from "../auth/session-token.ts";
import { DomainError } from "../domain-error.ts";
import { endAllSessions, endSession } from "./end-sessions.ts";
import { deactivateUser, reactivateUser } from "./set-user-active.ts";

const database = useTestDatabase();

type Action =
  | { kind: "login"; user: number }
  | { kind: "end"; user: number; pick: number }
  | { kind: "endAll"; user: number }
  | { kind: "deactivate"; user: number }
  | { kind: "reactivate"; user: number };

const user = fc.integer({ min: 0, max: 1 });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant("login" as const), user }),
  fc.record({ kind: fc.constant("end" as const), user, pick: fc.nat(5) }),
  fc.record({ kind: fc.constant("endAll" as const), user }),
  fc.record({ kind: fc.constant("deactivate" as const), user }),
  fc.record({ kind: fc.constant("reactivate" as const), user }),
);

it("never leaves a deactivated user with a working session, whatever the order of actions", async () => {
  const db = database.current.db;
  await fc.assert(
    fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
      const org = await createOrganisation(db);
      const adminUser = await createUser(db, {
        organisationId: org.id,
        roles: [{ role: "admin", committeeId: null }],
      });
      const admin = await loadPrincipal(db, adminUser.id);
      if (!admin) throw new Error("no admin");
      const people = [
        await createUser(db, { organisationId: org.id }),
        await createUser(db, { organisationId: org.id }),
      ];
      // The model: who is deactivated, and which of each user's tokens should still work.
      const deactivated = [false, false];
      const live: string[][] = [[], []];
      const ended: string[][] = [[], []];
      for (const a of actions) {
        const person = people[a.user];
        if (!person) continue;
        if (a.kind === "login") {
          const result = await logIn(db, person.email, person.password ?? "");
          if (deactivated[a.user]) expect(result.ok).toBe(false);
          else if (result.ok) live[a.user]?.push(result.session.token);
          else expect(result.retryAt).toBeDefined();
        } else if (a.kind === "end") {
          const tokens = live[a.user] ?? [];
          const token = tokens[a.pick % Math.max(1, tokens.length)];
          if (!token) continue;
          await endSession(db, admin, person.id, hashToken(token));
          tokens.splice(tokens.indexOf(token), 1);
          ended[a.user]?.push(token);
        } else if (a.kind === "endAll") {
          await endAllSessions(db, admin, person.id);
          ended[a.user]?.push(...(live[a.user] ?? []));
          live[a.user] = [];
        } else {
          const run = a.kind === "deactivate" ? deactivateUser : reactivateUser;
          const expectConflict = deactivated[a.user] === (a.kind === "deactivate");
          const outcome = await run(db, admin, person.id).then(
            () => "done",
            (e: unknown) => (e instanceof DomainError ? e.status : Promise.reject(e)),
          );
          expect(outcome).toBe(expectConflict ? 409 : "done");
          deactivated[a.user] = a.kind === "deactivate";
          if (a.kind === "deactivate") {
            ended[a.user]?.push(...(live[a.user] ?? []));
            live[a.user] = [];
          }
        }
        for (const i of [0, 1]) {
          for (const token of ended[i] ?? []) expect(await findSession(db, token)).toBeNull();
          for (const token of live[i] ?? []) {
            const found = await findSession(db, token);
            // The invariant: a deactivated user never has a working session.
            if (deactivated[i]) expect(found).toBeNull();
            else expect(found?.principal.user.id).toBe(people[i]?.id);
          }
        }
      }
    }),
    { numRuns: 12 },
  );
}, 120_000);
