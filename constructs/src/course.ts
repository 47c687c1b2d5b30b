/**
 * A Litmos course, by ID or looked up by its exact name (through the `litmos_course` data
 * source), that can be assigned to users.
 */
import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { CourseAssignment } from './.gen/providers/litmos/course-assignment/index.js';
import { DataLitmosCourse } from './.gen/providers/litmos/data-litmos-course/index.js';
import { Problems } from './errors.js';

/** A course named by its Litmos ID or by its exact name. */
export type CourseRef = { readonly id: string } | { readonly name: string };

export interface LitmosCourseProps {
  readonly course: CourseRef;
}

export interface CourseAssignmentOptions {
  /**
   * Send the Litmos assignment e-mail when the assignment is created.
   * @default - no e-mail
   */
  readonly sendMessage?: boolean;
}

export class LitmosCourse extends Construct {
  /** The Litmos course ID: the given ID, or the lookup's result. */
  readonly courseId: string;
  /** The `litmos_course` lookup, when the course was named. */
  readonly lookup?: DataLitmosCourse;
  private readonly assignments = new Map<string, CourseAssignment>();

  constructor(scope: Construct, id: string, props: LitmosCourseProps) {
    super(scope, id);
    const problems = new Problems();
    const given = 'id' in props.course ? props.course.id : props.course.name;
    if (!Token.isUnresolved(given) && given.trim() === '') {
      problems.add(`course: ${'id' in props.course ? 'id' : 'name'} must not be empty`);
    }
    problems.throwIfAny(this);
    if ('id' in props.course) {
      this.courseId = props.course.id;
    } else {
      this.lookup = new DataLitmosCourse(this, 'Lookup', { name: props.course.name });
      this.courseId = this.lookup.id;
    }
  }

  /** Assigns the course to a user; `key` must be unique within this course. */
  assignTo(key: string, userId: string, options: CourseAssignmentOptions = {}): CourseAssignment {
    const problems = new Problems();
    if (this.assignments.has(key)) problems.add(`the course is assigned to "${key}" twice`);
    problems.throwIfAny(this);
    const assignment = new CourseAssignment(this, `Assignment-${key}`, {
      courseId: this.courseId,
      userId,
      sendMessage: options.sendMessage,
    });
    this.assignments.set(key, assignment);
    return assignment;
  }

  get assignmentsByKey(): ReadonlyMap<string, CourseAssignment> {
    return this.assignments;
  }
}
