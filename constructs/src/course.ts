/**
 * Litmos courses, referenced by ID (`LitmosCourse.fromId`) or looked up by exact name
 * (`LitmosCourse.fromName`, through the `litmos_course` data source), and assigned to users with
 * `course.assignTo(user)`.
 */
import { Construct, type IConstruct } from 'constructs';
import { CourseAssignment } from './.gen/providers/litmos/course-assignment/index.js';
import { DataLitmosCourse } from './.gen/providers/litmos/data-litmos-course/index.js';
import { nonEmpty, Problems } from './errors.js';
import type { ILitmosUser } from './user.js';

/** A course named by its Litmos ID or by its exact name. */
export type CourseRef = { readonly id: string } | { readonly name: string };

export interface CourseAssignmentOptions {
  /**
   * Send the Litmos assignment e-mail when the assignment is created.
   * @default - no e-mail
   */
  readonly sendMessage?: boolean;
}

/** A Litmos course, referenced by ID or name. */
export interface ILitmosCourse extends IConstruct {
  /** The Litmos course ID: as given, or the look-up's result. */
  readonly courseId: string;
  /**
   * Assigns the course to a user (`litmos_course_assignment`), named after the user's construct
   * id so that its address stays put when users are reordered.
   */
  assignTo(user: ILitmosUser, options?: CourseAssignmentOptions): CourseAssignment;
  /** The assignments made so far, by the user's construct id. */
  readonly assignments: ReadonlyMap<string, CourseAssignment>;
  /** The data source, when this one was looked up by name (escape hatch). */
  readonly lookup?: DataLitmosCourse;
}

abstract class CourseBase extends Construct implements ILitmosCourse {
  abstract readonly courseId: string;
  private readonly byUser = new Map<string, CourseAssignment>();

  assignTo(user: ILitmosUser, options: CourseAssignmentOptions = {}): CourseAssignment {
    const problems = new Problems();
    if (typeof (user as Partial<ILitmosUser> | undefined)?.userId !== 'string') {
      problems.add(`assignTo: expected a LitmosUser (or LitmosUser.fromId/fromUsername), got ${typeof user}`);
      problems.throwIfAny(this);
    }
    const key = user.node.id;
    if (this.byUser.has(key)) problems.add(`the course is assigned to "${key}" twice`);
    problems.throwIfAny(this);
    const assignment = new CourseAssignment(this, `Assignment-${key}`, {
      courseId: this.courseId,
      userId: user.userId,
      sendMessage: options.sendMessage,
    });
    this.byUser.set(key, assignment);
    return assignment;
  }

  get assignments(): ReadonlyMap<string, CourseAssignment> {
    return this.byUser;
  }
}

/** Litmos courses: `LitmosCourse.fromId(...)` or `LitmosCourse.fromName(...)`, then `assignTo(user)`. */
export abstract class LitmosCourse extends CourseBase {
  /** A course by its Litmos course ID. */
  static fromId(scope: Construct, id: string, courseId: string): ILitmosCourse {
    return new CourseReference(scope, id, courseId);
  }

  /** A course looked up by its exact name (`data "litmos_course"`). */
  static fromName(scope: Construct, id: string, name: string): ILitmosCourse {
    return new CourseLookup(scope, id, name);
  }

  /** A course by `{ id }` or `{ name }`. */
  static fromRef(scope: Construct, id: string, ref: CourseRef): ILitmosCourse {
    if (typeof ref === 'object' && ref !== null && 'id' in ref) return LitmosCourse.fromId(scope, id, ref.id);
    return LitmosCourse.fromName(scope, id, (ref as { name: string } | undefined)?.name as string);
  }
}

class CourseReference extends CourseBase {
  constructor(
    scope: Construct,
    id: string,
    readonly courseId: string,
  ) {
    super(scope, id);
    nonEmpty('course id', courseId).throwIfAny(this);
  }
}

class CourseLookup extends CourseBase {
  /** The `litmos_course` data source (escape hatch). */
  readonly lookup: DataLitmosCourse;

  constructor(scope: Construct, id: string, name: string) {
    super(scope, id);
    nonEmpty('course name', name).throwIfAny(this);
    this.lookup = new DataLitmosCourse(this, 'Lookup', { name });
  }

  get courseId(): string {
    return this.lookup.id;
  }
}
