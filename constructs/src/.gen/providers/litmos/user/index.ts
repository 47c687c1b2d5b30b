// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface UserConfig extends cdktf.TerraformMetaArguments {
  /**
  * Access level: `Learner`, `Team_Leader`, `Administrator` or `Account_Owner`. Left out: not managed (Litmos gives a new user `Learner`; an existing user keeps the level it has). With a `litmos_administrators` in the configuration, `Administrator` exactly when it lists the user: a disagreeing pair is a plan error once the user exists.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#access_level User#access_level}
  */
  readonly accessLevel?: string;
  /**
  * Whether the user can sign in. Left out: not managed (a new user is active; an existing user keeps its state).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#active User#active}
  */
  readonly active?: boolean | cdktf.IResolvable;
  /**
  * City. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#city User#city}
  */
  readonly city?: string;
  /**
  * Company name. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#company_name User#company_name}
  */
  readonly companyName?: string;
  /**
  * Country. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#country User#country}
  */
  readonly country?: string;
  /**
  * Language and formatting culture, e.g. `en-US`. Litmos fills the organisation default. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#culture User#culture}
  */
  readonly culture?: string;
  /**
  * Legacy custom field 1. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#custom_field_1 User#custom_field_1}
  */
  readonly customField1?: string;
  /**
  * Legacy custom field 10. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#custom_field_10 User#custom_field_10}
  */
  readonly customField10?: string;
  /**
  * Legacy custom field 2. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#custom_field_2 User#custom_field_2}
  */
  readonly customField2?: string;
  /**
  * Legacy custom field 3. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#custom_field_3 User#custom_field_3}
  */
  readonly customField3?: string;
  /**
  * Legacy custom field 4. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#custom_field_4 User#custom_field_4}
  */
  readonly customField4?: string;
  /**
  * Legacy custom field 5. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#custom_field_5 User#custom_field_5}
  */
  readonly customField5?: string;
  /**
  * Legacy custom field 6. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#custom_field_6 User#custom_field_6}
  */
  readonly customField6?: string;
  /**
  * Legacy custom field 7. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#custom_field_7 User#custom_field_7}
  */
  readonly customField7?: string;
  /**
  * Legacy custom field 8. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#custom_field_8 User#custom_field_8}
  */
  readonly customField8?: string;
  /**
  * Legacy custom field 9. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#custom_field_9 User#custom_field_9}
  */
  readonly customField9?: string;
  /**
  * Stop Litmos from sending e-mail to this user. Left out: not managed (Okta often sets it; a new user gets Litmos's default, `false`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#disable_messages User#disable_messages}
  */
  readonly disableMessages?: boolean | cdktf.IResolvable;
  /**
  * E-mail address. Litmos uses the username when it is left out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#email User#email}
  */
  readonly email?: string;
  /**
  * First name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#first_name User#first_name}
  */
  readonly firstName: string;
  /**
  * On destroy, delete the user and all learning records permanently instead of deactivating.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#hard_delete User#hard_delete}
  */
  readonly hardDelete?: boolean | cdktf.IResolvable;
  /**
  * Job title. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#job_title User#job_title}
  */
  readonly jobTitle?: string;
  /**
  * Last name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#last_name User#last_name}
  */
  readonly lastName: string;
  /**
  * Mobile phone number, in the form +15554443333. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#phone_mobile User#phone_mobile}
  */
  readonly phoneMobile?: string;
  /**
  * Work phone number. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#phone_work User#phone_work}
  */
  readonly phoneWork?: string;
  /**
  * Postal code. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#postal_code User#postal_code}
  */
  readonly postalCode?: string;
  /**
  * Send the Litmos welcome e-mail when Terraform creates the user. It has no effect on a user that already exists: an imported user has `false` (Terraform sent no welcome e-mail), and changing it later changes nothing in Litmos.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#send_welcome_message User#send_welcome_message}
  */
  readonly sendWelcomeMessage?: boolean | cdktf.IResolvable;
  /**
  * Skip the "set your password" step at first sign-in (for SSO users), as Litmos reports it. Sent on create and on update when set; left out: not managed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#skip_first_login User#skip_first_login}
  */
  readonly skipFirstLogin?: boolean | cdktf.IResolvable;
  /**
  * Skype name. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#skype User#skype}
  */
  readonly skype?: string;
  /**
  * State or region. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#state User#state}
  */
  readonly state?: string;
  /**
  * Street address, first line. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#street1 User#street1}
  */
  readonly street1?: string;
  /**
  * Street address, second line. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#street2 User#street2}
  */
  readonly street2?: string;
  /**
  * Windows time-zone name, e.g. `UTC` or `Pacific Standard Time`. Litmos fills the organisation default. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#time_zone User#time_zone}
  */
  readonly timeZone?: string;
  /**
  * Twitter handle. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#twitter User#twitter}
  */
  readonly twitter?: string;
  /**
  * Login name; an e-mail address unless the organisation allows custom usernames.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#username User#username}
  */
  readonly username: string;
  /**
  * Website URL. Not managed when left out of the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#website User#website}
  */
  readonly website?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user litmos_user}
*/
export class User extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_user";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a User resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the User to import
  * @param importFromId The id of the existing User that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the User to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_user", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/user litmos_user} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options UserConfig
  */
  public constructor(scope: Construct, id: string, config: UserConfig) {
    super(scope, id, {
      terraformResourceType: 'litmos_user',
      terraformGeneratorMetadata: {
        providerName: 'litmos',
        providerVersionConstraint: '~> 0.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._accessLevel = config.accessLevel;
    this._active = config.active;
    this._city = config.city;
    this._companyName = config.companyName;
    this._country = config.country;
    this._culture = config.culture;
    this._customField1 = config.customField1;
    this._customField10 = config.customField10;
    this._customField2 = config.customField2;
    this._customField3 = config.customField3;
    this._customField4 = config.customField4;
    this._customField5 = config.customField5;
    this._customField6 = config.customField6;
    this._customField7 = config.customField7;
    this._customField8 = config.customField8;
    this._customField9 = config.customField9;
    this._disableMessages = config.disableMessages;
    this._email = config.email;
    this._firstName = config.firstName;
    this._hardDelete = config.hardDelete;
    this._jobTitle = config.jobTitle;
    this._lastName = config.lastName;
    this._phoneMobile = config.phoneMobile;
    this._phoneWork = config.phoneWork;
    this._postalCode = config.postalCode;
    this._sendWelcomeMessage = config.sendWelcomeMessage;
    this._skipFirstLogin = config.skipFirstLogin;
    this._skype = config.skype;
    this._state = config.state;
    this._street1 = config.street1;
    this._street2 = config.street2;
    this._timeZone = config.timeZone;
    this._twitter = config.twitter;
    this._username = config.username;
    this._website = config.website;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_level - computed: true, optional: true, required: false
  private _accessLevel?: string; 
  public get accessLevel() {
    return this.getStringAttribute('access_level');
  }
  public set accessLevel(value: string) {
    this._accessLevel = value;
  }
  public resetAccessLevel() {
    this._accessLevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessLevelInput() {
    return this._accessLevel;
  }

  // active - computed: true, optional: true, required: false
  private _active?: boolean | cdktf.IResolvable; 
  public get active() {
    return this.getBooleanAttribute('active');
  }
  public set active(value: boolean | cdktf.IResolvable) {
    this._active = value;
  }
  public resetActive() {
    this._active = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activeInput() {
    return this._active;
  }

  // city - computed: true, optional: true, required: false
  private _city?: string; 
  public get city() {
    return this.getStringAttribute('city');
  }
  public set city(value: string) {
    this._city = value;
  }
  public resetCity() {
    this._city = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cityInput() {
    return this._city;
  }

  // company_name - computed: true, optional: true, required: false
  private _companyName?: string; 
  public get companyName() {
    return this.getStringAttribute('company_name');
  }
  public set companyName(value: string) {
    this._companyName = value;
  }
  public resetCompanyName() {
    this._companyName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get companyNameInput() {
    return this._companyName;
  }

  // country - computed: true, optional: true, required: false
  private _country?: string; 
  public get country() {
    return this.getStringAttribute('country');
  }
  public set country(value: string) {
    this._country = value;
  }
  public resetCountry() {
    this._country = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get countryInput() {
    return this._country;
  }

  // created_date - computed: true, optional: false, required: false
  public get createdDate() {
    return this.getStringAttribute('created_date');
  }

  // culture - computed: true, optional: true, required: false
  private _culture?: string; 
  public get culture() {
    return this.getStringAttribute('culture');
  }
  public set culture(value: string) {
    this._culture = value;
  }
  public resetCulture() {
    this._culture = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cultureInput() {
    return this._culture;
  }

  // custom_field_1 - computed: true, optional: true, required: false
  private _customField1?: string; 
  public get customField1() {
    return this.getStringAttribute('custom_field_1');
  }
  public set customField1(value: string) {
    this._customField1 = value;
  }
  public resetCustomField1() {
    this._customField1 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customField1Input() {
    return this._customField1;
  }

  // custom_field_10 - computed: true, optional: true, required: false
  private _customField10?: string; 
  public get customField10() {
    return this.getStringAttribute('custom_field_10');
  }
  public set customField10(value: string) {
    this._customField10 = value;
  }
  public resetCustomField10() {
    this._customField10 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customField10Input() {
    return this._customField10;
  }

  // custom_field_2 - computed: true, optional: true, required: false
  private _customField2?: string; 
  public get customField2() {
    return this.getStringAttribute('custom_field_2');
  }
  public set customField2(value: string) {
    this._customField2 = value;
  }
  public resetCustomField2() {
    this._customField2 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customField2Input() {
    return this._customField2;
  }

  // custom_field_3 - computed: true, optional: true, required: false
  private _customField3?: string; 
  public get customField3() {
    return this.getStringAttribute('custom_field_3');
  }
  public set customField3(value: string) {
    this._customField3 = value;
  }
  public resetCustomField3() {
    this._customField3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customField3Input() {
    return this._customField3;
  }

  // custom_field_4 - computed: true, optional: true, required: false
  private _customField4?: string; 
  public get customField4() {
    return this.getStringAttribute('custom_field_4');
  }
  public set customField4(value: string) {
    this._customField4 = value;
  }
  public resetCustomField4() {
    this._customField4 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customField4Input() {
    return this._customField4;
  }

  // custom_field_5 - computed: true, optional: true, required: false
  private _customField5?: string; 
  public get customField5() {
    return this.getStringAttribute('custom_field_5');
  }
  public set customField5(value: string) {
    this._customField5 = value;
  }
  public resetCustomField5() {
    this._customField5 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customField5Input() {
    return this._customField5;
  }

  // custom_field_6 - computed: true, optional: true, required: false
  private _customField6?: string; 
  public get customField6() {
    return this.getStringAttribute('custom_field_6');
  }
  public set customField6(value: string) {
    this._customField6 = value;
  }
  public resetCustomField6() {
    this._customField6 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customField6Input() {
    return this._customField6;
  }

  // custom_field_7 - computed: true, optional: true, required: false
  private _customField7?: string; 
  public get customField7() {
    return this.getStringAttribute('custom_field_7');
  }
  public set customField7(value: string) {
    this._customField7 = value;
  }
  public resetCustomField7() {
    this._customField7 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customField7Input() {
    return this._customField7;
  }

  // custom_field_8 - computed: true, optional: true, required: false
  private _customField8?: string; 
  public get customField8() {
    return this.getStringAttribute('custom_field_8');
  }
  public set customField8(value: string) {
    this._customField8 = value;
  }
  public resetCustomField8() {
    this._customField8 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customField8Input() {
    return this._customField8;
  }

  // custom_field_9 - computed: true, optional: true, required: false
  private _customField9?: string; 
  public get customField9() {
    return this.getStringAttribute('custom_field_9');
  }
  public set customField9(value: string) {
    this._customField9 = value;
  }
  public resetCustomField9() {
    this._customField9 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customField9Input() {
    return this._customField9;
  }

  // disable_messages - computed: true, optional: true, required: false
  private _disableMessages?: boolean | cdktf.IResolvable; 
  public get disableMessages() {
    return this.getBooleanAttribute('disable_messages');
  }
  public set disableMessages(value: boolean | cdktf.IResolvable) {
    this._disableMessages = value;
  }
  public resetDisableMessages() {
    this._disableMessages = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableMessagesInput() {
    return this._disableMessages;
  }

  // email - computed: true, optional: true, required: false
  private _email?: string; 
  public get email() {
    return this.getStringAttribute('email');
  }
  public set email(value: string) {
    this._email = value;
  }
  public resetEmail() {
    this._email = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email;
  }

  // first_name - computed: false, optional: false, required: true
  private _firstName?: string; 
  public get firstName() {
    return this.getStringAttribute('first_name');
  }
  public set firstName(value: string) {
    this._firstName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get firstNameInput() {
    return this._firstName;
  }

  // hard_delete - computed: true, optional: true, required: false
  private _hardDelete?: boolean | cdktf.IResolvable; 
  public get hardDelete() {
    return this.getBooleanAttribute('hard_delete');
  }
  public set hardDelete(value: boolean | cdktf.IResolvable) {
    this._hardDelete = value;
  }
  public resetHardDelete() {
    this._hardDelete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hardDeleteInput() {
    return this._hardDelete;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // job_title - computed: true, optional: true, required: false
  private _jobTitle?: string; 
  public get jobTitle() {
    return this.getStringAttribute('job_title');
  }
  public set jobTitle(value: string) {
    this._jobTitle = value;
  }
  public resetJobTitle() {
    this._jobTitle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jobTitleInput() {
    return this._jobTitle;
  }

  // last_name - computed: false, optional: false, required: true
  private _lastName?: string; 
  public get lastName() {
    return this.getStringAttribute('last_name');
  }
  public set lastName(value: string) {
    this._lastName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get lastNameInput() {
    return this._lastName;
  }

  // original_id - computed: true, optional: false, required: false
  public get originalId() {
    return this.getNumberAttribute('original_id');
  }

  // phone_mobile - computed: true, optional: true, required: false
  private _phoneMobile?: string; 
  public get phoneMobile() {
    return this.getStringAttribute('phone_mobile');
  }
  public set phoneMobile(value: string) {
    this._phoneMobile = value;
  }
  public resetPhoneMobile() {
    this._phoneMobile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get phoneMobileInput() {
    return this._phoneMobile;
  }

  // phone_work - computed: true, optional: true, required: false
  private _phoneWork?: string; 
  public get phoneWork() {
    return this.getStringAttribute('phone_work');
  }
  public set phoneWork(value: string) {
    this._phoneWork = value;
  }
  public resetPhoneWork() {
    this._phoneWork = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get phoneWorkInput() {
    return this._phoneWork;
  }

  // postal_code - computed: true, optional: true, required: false
  private _postalCode?: string; 
  public get postalCode() {
    return this.getStringAttribute('postal_code');
  }
  public set postalCode(value: string) {
    this._postalCode = value;
  }
  public resetPostalCode() {
    this._postalCode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get postalCodeInput() {
    return this._postalCode;
  }

  // send_welcome_message - computed: true, optional: true, required: false
  private _sendWelcomeMessage?: boolean | cdktf.IResolvable; 
  public get sendWelcomeMessage() {
    return this.getBooleanAttribute('send_welcome_message');
  }
  public set sendWelcomeMessage(value: boolean | cdktf.IResolvable) {
    this._sendWelcomeMessage = value;
  }
  public resetSendWelcomeMessage() {
    this._sendWelcomeMessage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sendWelcomeMessageInput() {
    return this._sendWelcomeMessage;
  }

  // skip_first_login - computed: true, optional: true, required: false
  private _skipFirstLogin?: boolean | cdktf.IResolvable; 
  public get skipFirstLogin() {
    return this.getBooleanAttribute('skip_first_login');
  }
  public set skipFirstLogin(value: boolean | cdktf.IResolvable) {
    this._skipFirstLogin = value;
  }
  public resetSkipFirstLogin() {
    this._skipFirstLogin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skipFirstLoginInput() {
    return this._skipFirstLogin;
  }

  // skype - computed: true, optional: true, required: false
  private _skype?: string; 
  public get skype() {
    return this.getStringAttribute('skype');
  }
  public set skype(value: string) {
    this._skype = value;
  }
  public resetSkype() {
    this._skype = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skypeInput() {
    return this._skype;
  }

  // state - computed: true, optional: true, required: false
  private _state?: string; 
  public get state() {
    return this.getStringAttribute('state');
  }
  public set state(value: string) {
    this._state = value;
  }
  public resetState() {
    this._state = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stateInput() {
    return this._state;
  }

  // street1 - computed: true, optional: true, required: false
  private _street1?: string; 
  public get street1() {
    return this.getStringAttribute('street1');
  }
  public set street1(value: string) {
    this._street1 = value;
  }
  public resetStreet1() {
    this._street1 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get street1Input() {
    return this._street1;
  }

  // street2 - computed: true, optional: true, required: false
  private _street2?: string; 
  public get street2() {
    return this.getStringAttribute('street2');
  }
  public set street2(value: string) {
    this._street2 = value;
  }
  public resetStreet2() {
    this._street2 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get street2Input() {
    return this._street2;
  }

  // time_zone - computed: true, optional: true, required: false
  private _timeZone?: string; 
  public get timeZone() {
    return this.getStringAttribute('time_zone');
  }
  public set timeZone(value: string) {
    this._timeZone = value;
  }
  public resetTimeZone() {
    this._timeZone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeZoneInput() {
    return this._timeZone;
  }

  // twitter - computed: true, optional: true, required: false
  private _twitter?: string; 
  public get twitter() {
    return this.getStringAttribute('twitter');
  }
  public set twitter(value: string) {
    this._twitter = value;
  }
  public resetTwitter() {
    this._twitter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get twitterInput() {
    return this._twitter;
  }

  // username - computed: false, optional: false, required: true
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // website - computed: true, optional: true, required: false
  private _website?: string; 
  public get website() {
    return this.getStringAttribute('website');
  }
  public set website(value: string) {
    this._website = value;
  }
  public resetWebsite() {
    this._website = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get websiteInput() {
    return this._website;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      access_level: cdktf.stringToTerraform(this._accessLevel),
      active: cdktf.booleanToTerraform(this._active),
      city: cdktf.stringToTerraform(this._city),
      company_name: cdktf.stringToTerraform(this._companyName),
      country: cdktf.stringToTerraform(this._country),
      culture: cdktf.stringToTerraform(this._culture),
      custom_field_1: cdktf.stringToTerraform(this._customField1),
      custom_field_10: cdktf.stringToTerraform(this._customField10),
      custom_field_2: cdktf.stringToTerraform(this._customField2),
      custom_field_3: cdktf.stringToTerraform(this._customField3),
      custom_field_4: cdktf.stringToTerraform(this._customField4),
      custom_field_5: cdktf.stringToTerraform(this._customField5),
      custom_field_6: cdktf.stringToTerraform(this._customField6),
      custom_field_7: cdktf.stringToTerraform(this._customField7),
      custom_field_8: cdktf.stringToTerraform(this._customField8),
      custom_field_9: cdktf.stringToTerraform(this._customField9),
      disable_messages: cdktf.booleanToTerraform(this._disableMessages),
      email: cdktf.stringToTerraform(this._email),
      first_name: cdktf.stringToTerraform(this._firstName),
      hard_delete: cdktf.booleanToTerraform(this._hardDelete),
      job_title: cdktf.stringToTerraform(this._jobTitle),
      last_name: cdktf.stringToTerraform(this._lastName),
      phone_mobile: cdktf.stringToTerraform(this._phoneMobile),
      phone_work: cdktf.stringToTerraform(this._phoneWork),
      postal_code: cdktf.stringToTerraform(this._postalCode),
      send_welcome_message: cdktf.booleanToTerraform(this._sendWelcomeMessage),
      skip_first_login: cdktf.booleanToTerraform(this._skipFirstLogin),
      skype: cdktf.stringToTerraform(this._skype),
      state: cdktf.stringToTerraform(this._state),
      street1: cdktf.stringToTerraform(this._street1),
      street2: cdktf.stringToTerraform(this._street2),
      time_zone: cdktf.stringToTerraform(this._timeZone),
      twitter: cdktf.stringToTerraform(this._twitter),
      username: cdktf.stringToTerraform(this._username),
      website: cdktf.stringToTerraform(this._website),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      access_level: {
        value: cdktf.stringToHclTerraform(this._accessLevel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      active: {
        value: cdktf.booleanToHclTerraform(this._active),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      city: {
        value: cdktf.stringToHclTerraform(this._city),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      company_name: {
        value: cdktf.stringToHclTerraform(this._companyName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      country: {
        value: cdktf.stringToHclTerraform(this._country),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      culture: {
        value: cdktf.stringToHclTerraform(this._culture),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      custom_field_1: {
        value: cdktf.stringToHclTerraform(this._customField1),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      custom_field_10: {
        value: cdktf.stringToHclTerraform(this._customField10),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      custom_field_2: {
        value: cdktf.stringToHclTerraform(this._customField2),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      custom_field_3: {
        value: cdktf.stringToHclTerraform(this._customField3),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      custom_field_4: {
        value: cdktf.stringToHclTerraform(this._customField4),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      custom_field_5: {
        value: cdktf.stringToHclTerraform(this._customField5),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      custom_field_6: {
        value: cdktf.stringToHclTerraform(this._customField6),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      custom_field_7: {
        value: cdktf.stringToHclTerraform(this._customField7),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      custom_field_8: {
        value: cdktf.stringToHclTerraform(this._customField8),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      custom_field_9: {
        value: cdktf.stringToHclTerraform(this._customField9),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      disable_messages: {
        value: cdktf.booleanToHclTerraform(this._disableMessages),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      email: {
        value: cdktf.stringToHclTerraform(this._email),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      first_name: {
        value: cdktf.stringToHclTerraform(this._firstName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hard_delete: {
        value: cdktf.booleanToHclTerraform(this._hardDelete),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      job_title: {
        value: cdktf.stringToHclTerraform(this._jobTitle),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      last_name: {
        value: cdktf.stringToHclTerraform(this._lastName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      phone_mobile: {
        value: cdktf.stringToHclTerraform(this._phoneMobile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      phone_work: {
        value: cdktf.stringToHclTerraform(this._phoneWork),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      postal_code: {
        value: cdktf.stringToHclTerraform(this._postalCode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      send_welcome_message: {
        value: cdktf.booleanToHclTerraform(this._sendWelcomeMessage),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      skip_first_login: {
        value: cdktf.booleanToHclTerraform(this._skipFirstLogin),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      skype: {
        value: cdktf.stringToHclTerraform(this._skype),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      state: {
        value: cdktf.stringToHclTerraform(this._state),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      street1: {
        value: cdktf.stringToHclTerraform(this._street1),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      street2: {
        value: cdktf.stringToHclTerraform(this._street2),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      time_zone: {
        value: cdktf.stringToHclTerraform(this._timeZone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      twitter: {
        value: cdktf.stringToHclTerraform(this._twitter),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      website: {
        value: cdktf.stringToHclTerraform(this._website),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
