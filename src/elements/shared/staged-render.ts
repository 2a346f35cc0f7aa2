/**
 * Work a render asks for that runs in later tasks, shown in stages: a first part now, the
 * rest in later renders (the reason is in docs/design.md). One job per key, run as a
 * `@lit/task`: starting another aborts the running one's signal, so the latest request
 * wins and a superseded job stops at its next check. The host's `updateComplete` can
 * wait until the job and the render that shows it are done (`settle`).
 * Used by mc-recommendations (ranking), mc-labour-market (the reading) and mc-portal (its
 * reveal of recommendations, then related occupations).
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { yieldToEventLoop } from '../../core/schedule/index.js';

/** What a job's `work` gets: its signal, and the steps between its stages. */
export interface StagedJob<S extends string> {
  /** Aborted once another job starts. */
  readonly signal: AbortSignal;
  /** Gives the event loop a turn; true when the job is still the latest after it. */
  turn(): Promise<boolean>;
  /**
   * Renders with `stage` (the host reads `staged.stage` to leave out what comes later),
   * then gives the event loop a turn; false (nothing rendered) once the job is superseded.
   */
  show(stage: S): Promise<boolean>;
}

export class StagedRender<S extends string = never> {
  /** The stage the host renders now; null outside a job's stage renders. */
  stage: S | null = null;
  private key: string | null = null;
  private readonly task: Task<[string, (job: StagedJob<S>) => Promise<void>], void>;

  /**
   * @param rendered - the host's own update promise (its `super.getUpdateComplete()`): a
   *   stage waits for it, and `settle` after each job.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly rendered: () => Promise<boolean>,
  ) {
    this.task = new Task(host, {
      autoRun: false,
      task: async ([, work], { signal }) => {
        const current = () => !signal.aborted;
        const turn = async () => {
          await yieldToEventLoop();
          return current();
        };
        const show = async (stage: S) => {
          if (!current()) return false;
          this.stage = stage;
          host.requestUpdate();
          await rendered();
          return turn();
        };
        try {
          await work({ signal, turn, show });
        } finally {
          // The task's own update, when it ends, renders the whole.
          if (current()) this.stage = null;
        }
      },
    });
  }

  /** True while a job runs. */
  get busy(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** True while the job for `key` runs. */
  runs(key: string): boolean {
    return this.busy && this.key === key;
  }

  /** Starts `work` for `key`, aborting the job that runs; the host renders when it ends. */
  start(key: string, work: (job: StagedJob<S>) => Promise<void>): void {
    this.key = key;
    this.stage = null;
    void this.task.run([key, work]);
  }

  /** The host's `getUpdateComplete`: also waits for the running jobs and the renders that show them. */
  async settle(): Promise<boolean> {
    let result = await this.rendered();
    while (this.busy) {
      await this.task.taskComplete.catch(() => {});
      result = await this.rendered();
    }
    return result;
  }
}
