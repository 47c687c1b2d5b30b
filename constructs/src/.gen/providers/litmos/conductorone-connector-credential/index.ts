// https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector_credential
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ConductoroneConnectorCredentialConfig extends cdktf.TerraformMetaArguments {
  /**
  * ID of the ConductorOne app of the connector. Changing it replaces the credential.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector_credential#app_id ConductoroneConnectorCredential#app_id}
  */
  readonly appId: string;
  /**
  * ID of the self-hosted connector. Changing it replaces the credential.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector_credential#connector_id ConductoroneConnectorCredential#connector_id}
  */
  readonly connectorId: string;
  /**
  * Arbitrary values; changing any of them replaces the credential, which rotates it (the old credential is revoked).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector_credential#rotation_triggers ConductoroneConnectorCredential#rotation_triggers}
  */
  readonly rotationTriggers?: { [key: string]: string };
}

/**
* Represents a {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector_credential litmos_conductorone_connector_credential}
*/
export class ConductoroneConnectorCredential extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "litmos_conductorone_connector_credential";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ConductoroneConnectorCredential resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ConductoroneConnectorCredential to import
  * @param importFromId The id of the existing ConductoroneConnectorCredential that should be imported. Refer to the {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector_credential#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ConductoroneConnectorCredential to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "litmos_conductorone_connector_credential", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/litmos-oss/litmos/latest/docs/resources/conductorone_connector_credential litmos_conductorone_connector_credential} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ConductoroneConnectorCredentialConfig
  */
  public constructor(scope: Construct, id: string, config: ConductoroneConnectorCredentialConfig) {
    super(scope, id, {
      terraformResourceType: 'litmos_conductorone_connector_credential',
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
    this._appId = config.appId;
    this._connectorId = config.connectorId;
    this._rotationTriggers = config.rotationTriggers;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // app_id - computed: false, optional: false, required: true
  private _appId?: string; 
  public get appId() {
    return this.getStringAttribute('app_id');
  }
  public set appId(value: string) {
    this._appId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get appIdInput() {
    return this._appId;
  }

  // client_id - computed: true, optional: false, required: false
  public get clientId() {
    return this.getStringAttribute('client_id');
  }

  // client_secret - computed: true, optional: false, required: false
  public get clientSecret() {
    return this.getStringAttribute('client_secret');
  }

  // connector_id - computed: false, optional: false, required: true
  private _connectorId?: string; 
  public get connectorId() {
    return this.getStringAttribute('connector_id');
  }
  public set connectorId(value: string) {
    this._connectorId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get connectorIdInput() {
    return this._connectorId;
  }

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // display_name - computed: true, optional: false, required: false
  public get displayName() {
    return this.getStringAttribute('display_name');
  }

  // expire_time - computed: true, optional: false, required: false
  public get expireTime() {
    return this.getStringAttribute('expire_time');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // revision - computed: true, optional: false, required: false
  public get revision() {
    return this.getNumberAttribute('revision');
  }

  // rotation_triggers - computed: false, optional: true, required: false
  private _rotationTriggers?: { [key: string]: string }; 
  public get rotationTriggers() {
    return this.getStringMapAttribute('rotation_triggers');
  }
  public set rotationTriggers(value: { [key: string]: string }) {
    this._rotationTriggers = value;
  }
  public resetRotationTriggers() {
    this._rotationTriggers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rotationTriggersInput() {
    return this._rotationTriggers;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      app_id: cdktf.stringToTerraform(this._appId),
      connector_id: cdktf.stringToTerraform(this._connectorId),
      rotation_triggers: cdktf.hashMapper(cdktf.stringToTerraform)(this._rotationTriggers),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      app_id: {
        value: cdktf.stringToHclTerraform(this._appId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      connector_id: {
        value: cdktf.stringToHclTerraform(this._connectorId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rotation_triggers: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._rotationTriggers),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
