import type { JobDefinition } from './job-types';

/** The jobs this build knows; modules register theirs when the services are wired. */
export class JobRegistry {
  private readonly defs = new Map<string, JobDefinition>();

  register<P>(def: JobDefinition<P>): void {
    if (!/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/.test(def.name)) {
      throw new Error(`job name "${def.name}" must be dotted lower case, like "sessions.cleanup"`);
    }
    if (this.defs.has(def.name)) throw new Error(`job "${def.name}" is registered twice`);
    this.defs.set(def.name, def as JobDefinition);
  }

  get(name: string): JobDefinition | undefined {
    return this.defs.get(name);
  }

  list(): JobDefinition[] {
    return [...this.defs.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  names(): string[] {
    return [...this.defs.keys()];
  }

  scheduled(): (JobDefinition & { schedule: NonNullable<JobDefinition['schedule']> })[] {
    return this.list().filter((d): d is JobDefinition & { schedule: NonNullable<JobDefinition['schedule']> } =>
      Boolean(d.schedule),
    );
  }
}

/** Attempts a run gets when its instance dies mid-run. */
export const DEFAULT_MAX_ATTEMPTS = 3;

export function catchUpOf(def: JobDefinition): 'each' | 'latest' {
  return def.catchUp ?? (def.schedule && 'everyMinutes' in def.schedule ? 'latest' : 'each');
}

export function isRunnable(def: JobDefinition): boolean {
  return def.runnable ?? Boolean(def.schedule);
}
