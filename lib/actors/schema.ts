import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a slug (lowercase letters, digits, "-")' });
const surfaces = z.array(z.string().trim().min(1, { error: 'must not be empty' }));

export const actorEntrySchema = z
  .object({
    id: slug,
    name: z.string().trim().min(1, { error: 'name is required' }),
    kind: z.enum(['person', 'state', 'organization', 'place', 'group']),
    /** Surface forms that always mean this actor (matched case-sensitively, whole words). */
    aliases: surfaces,
    /** Surface forms that mean this actor only when the same text also has a strong mention of it ("Wang"). */
    weakAliases: surfaces.optional(),
    partOf: slug.optional(),
    /** Titles that may precede a person's name ("Secretary of State" Antony Blinken). */
    titles: surfaces.optional(),
    /** Phrases that stand for the actor on their own ("the top U.S. diplomat"). */
    descriptors: surfaces.optional(),
    /** Demonym (states): "<Demonym> government" / "<Demonym> authorities" mean the state. */
    demonym: z.string().trim().min(1).optional(),
    /** Seat of government: a place; as metonym (see `metonyms`) it means the actor itself. */
    capital: z.string().trim().min(1).optional(),
    /** Place names that stand for the actor when used as an agent ("Beijing said"); a place after "in/to/from…". */
    metonyms: surfaces.optional(),
  })
  .strict();

export const actorTableSchema = z.object({ about: z.string().optional(), actors: z.array(actorEntrySchema) }).strict();

export type ActorEntry = z.infer<typeof actorEntrySchema>;
