import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace clusterdpb. */
export namespace clusterdpb {

    /** Properties of an InternalRequest. */
    interface IInternalRequest {

        /** InternalRequest id */
        id?: (number|Long|null);

        /** InternalRequest put */
        put?: (etcdserverpb.IPutRequest|null);

        /** InternalRequest deleteRange */
        deleteRange?: (etcdserverpb.IDeleteRangeRequest|null);

        /** InternalRequest txn */
        txn?: (etcdserverpb.ITxnRequest|null);

        /** InternalRequest compaction */
        compaction?: (etcdserverpb.ICompactionRequest|null);

        /** InternalRequest leaseGrant */
        leaseGrant?: (etcdserverpb.ILeaseGrantRequest|null);

        /** InternalRequest leaseRevoke */
        leaseRevoke?: (etcdserverpb.ILeaseRevokeRequest|null);

        /** InternalRequest alarm */
        alarm?: (etcdserverpb.IAlarmRequest|null);

        /** InternalRequest range */
        range?: (etcdserverpb.IRangeRequest|null);

        /** InternalRequest memberAttributes */
        memberAttributes?: (clusterdpb.IMemberAttributes|null);

        /** InternalRequest authEnable */
        authEnable?: (etcdserverpb.IAuthEnableRequest|null);

        /** InternalRequest authDisable */
        authDisable?: (etcdserverpb.IAuthDisableRequest|null);

        /** InternalRequest authenticate */
        authenticate?: (clusterdpb.IInternalAuthenticateRequest|null);

        /** InternalRequest authUserAdd */
        authUserAdd?: (clusterdpb.IInternalUserAddRequest|null);

        /** InternalRequest authUserDelete */
        authUserDelete?: (etcdserverpb.IAuthUserDeleteRequest|null);

        /** InternalRequest authUserChangePassword */
        authUserChangePassword?: (clusterdpb.IInternalUserChangePasswordRequest|null);

        /** InternalRequest authUserGrantRole */
        authUserGrantRole?: (etcdserverpb.IAuthUserGrantRoleRequest|null);

        /** InternalRequest authUserRevokeRole */
        authUserRevokeRole?: (etcdserverpb.IAuthUserRevokeRoleRequest|null);

        /** InternalRequest authRoleAdd */
        authRoleAdd?: (etcdserverpb.IAuthRoleAddRequest|null);

        /** InternalRequest authRoleDelete */
        authRoleDelete?: (etcdserverpb.IAuthRoleDeleteRequest|null);

        /** InternalRequest authRoleGrantPermission */
        authRoleGrantPermission?: (etcdserverpb.IAuthRoleGrantPermissionRequest|null);

        /** InternalRequest authRoleRevokePermission */
        authRoleRevokePermission?: (etcdserverpb.IAuthRoleRevokePermissionRequest|null);

        /** InternalRequest proposedAtMs */
        proposedAtMs?: (number|Long|null);

        /** InternalRequest auth */
        auth?: (clusterdpb.IRequestAuth|null);
    }

    /** Represents an InternalRequest. */
    class InternalRequest implements IInternalRequest {

        /**
         * Constructs a new InternalRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IInternalRequest);

        /** InternalRequest id. */
        public id: (number|Long);

        /** InternalRequest put. */
        public put?: (etcdserverpb.IPutRequest|null);

        /** InternalRequest deleteRange. */
        public deleteRange?: (etcdserverpb.IDeleteRangeRequest|null);

        /** InternalRequest txn. */
        public txn?: (etcdserverpb.ITxnRequest|null);

        /** InternalRequest compaction. */
        public compaction?: (etcdserverpb.ICompactionRequest|null);

        /** InternalRequest leaseGrant. */
        public leaseGrant?: (etcdserverpb.ILeaseGrantRequest|null);

        /** InternalRequest leaseRevoke. */
        public leaseRevoke?: (etcdserverpb.ILeaseRevokeRequest|null);

        /** InternalRequest alarm. */
        public alarm?: (etcdserverpb.IAlarmRequest|null);

        /** InternalRequest range. */
        public range?: (etcdserverpb.IRangeRequest|null);

        /** InternalRequest memberAttributes. */
        public memberAttributes?: (clusterdpb.IMemberAttributes|null);

        /** InternalRequest authEnable. */
        public authEnable?: (etcdserverpb.IAuthEnableRequest|null);

        /** InternalRequest authDisable. */
        public authDisable?: (etcdserverpb.IAuthDisableRequest|null);

        /** InternalRequest authenticate. */
        public authenticate?: (clusterdpb.IInternalAuthenticateRequest|null);

        /** InternalRequest authUserAdd. */
        public authUserAdd?: (clusterdpb.IInternalUserAddRequest|null);

        /** InternalRequest authUserDelete. */
        public authUserDelete?: (etcdserverpb.IAuthUserDeleteRequest|null);

        /** InternalRequest authUserChangePassword. */
        public authUserChangePassword?: (clusterdpb.IInternalUserChangePasswordRequest|null);

        /** InternalRequest authUserGrantRole. */
        public authUserGrantRole?: (etcdserverpb.IAuthUserGrantRoleRequest|null);

        /** InternalRequest authUserRevokeRole. */
        public authUserRevokeRole?: (etcdserverpb.IAuthUserRevokeRoleRequest|null);

        /** InternalRequest authRoleAdd. */
        public authRoleAdd?: (etcdserverpb.IAuthRoleAddRequest|null);

        /** InternalRequest authRoleDelete. */
        public authRoleDelete?: (etcdserverpb.IAuthRoleDeleteRequest|null);

        /** InternalRequest authRoleGrantPermission. */
        public authRoleGrantPermission?: (etcdserverpb.IAuthRoleGrantPermissionRequest|null);

        /** InternalRequest authRoleRevokePermission. */
        public authRoleRevokePermission?: (etcdserverpb.IAuthRoleRevokePermissionRequest|null);

        /** InternalRequest proposedAtMs. */
        public proposedAtMs: (number|Long);

        /** InternalRequest auth. */
        public auth?: (clusterdpb.IRequestAuth|null);

        /** InternalRequest request. */
        public request?: ("put"|"deleteRange"|"txn"|"compaction"|"leaseGrant"|"leaseRevoke"|"alarm"|"range"|"memberAttributes"|"authEnable"|"authDisable"|"authenticate"|"authUserAdd"|"authUserDelete"|"authUserChangePassword"|"authUserGrantRole"|"authUserRevokeRole"|"authRoleAdd"|"authRoleDelete"|"authRoleGrantPermission"|"authRoleRevokePermission");

        /**
         * Creates a new InternalRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InternalRequest instance
         */
        public static create(properties?: clusterdpb.IInternalRequest): clusterdpb.InternalRequest;

        /**
         * Encodes the specified InternalRequest message. Does not implicitly {@link clusterdpb.InternalRequest.verify|verify} messages.
         * @param message InternalRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IInternalRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InternalRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns InternalRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.InternalRequest;

        /**
         * Gets the default type url for InternalRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a RequestAuth. */
    interface IRequestAuth {

        /** RequestAuth username */
        username?: (string|null);

        /** RequestAuth authRevision */
        authRevision?: (number|Long|null);
    }

    /** Represents a RequestAuth. */
    class RequestAuth implements IRequestAuth {

        /**
         * Constructs a new RequestAuth.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IRequestAuth);

        /** RequestAuth username. */
        public username: string;

        /** RequestAuth authRevision. */
        public authRevision: (number|Long);

        /**
         * Creates a new RequestAuth instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RequestAuth instance
         */
        public static create(properties?: clusterdpb.IRequestAuth): clusterdpb.RequestAuth;

        /**
         * Encodes the specified RequestAuth message. Does not implicitly {@link clusterdpb.RequestAuth.verify|verify} messages.
         * @param message RequestAuth message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IRequestAuth, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestAuth message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RequestAuth
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.RequestAuth;

        /**
         * Gets the default type url for RequestAuth
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an InternalAuthenticateRequest. */
    interface IInternalAuthenticateRequest {

        /** InternalAuthenticateRequest name */
        name?: (string|null);

        /** InternalAuthenticateRequest simpleToken */
        simpleToken?: (string|null);
    }

    /** Represents an InternalAuthenticateRequest. */
    class InternalAuthenticateRequest implements IInternalAuthenticateRequest {

        /**
         * Constructs a new InternalAuthenticateRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IInternalAuthenticateRequest);

        /** InternalAuthenticateRequest name. */
        public name: string;

        /** InternalAuthenticateRequest simpleToken. */
        public simpleToken: string;

        /**
         * Creates a new InternalAuthenticateRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InternalAuthenticateRequest instance
         */
        public static create(properties?: clusterdpb.IInternalAuthenticateRequest): clusterdpb.InternalAuthenticateRequest;

        /**
         * Encodes the specified InternalAuthenticateRequest message. Does not implicitly {@link clusterdpb.InternalAuthenticateRequest.verify|verify} messages.
         * @param message InternalAuthenticateRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IInternalAuthenticateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InternalAuthenticateRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns InternalAuthenticateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.InternalAuthenticateRequest;

        /**
         * Gets the default type url for InternalAuthenticateRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an InternalUserAddRequest. */
    interface IInternalUserAddRequest {

        /** InternalUserAddRequest name */
        name?: (string|null);

        /** InternalUserAddRequest hashedPassword */
        hashedPassword?: (Uint8Array|null);

        /** InternalUserAddRequest options */
        options?: (authpb.IUserAddOptions|null);
    }

    /** Represents an InternalUserAddRequest. */
    class InternalUserAddRequest implements IInternalUserAddRequest {

        /**
         * Constructs a new InternalUserAddRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IInternalUserAddRequest);

        /** InternalUserAddRequest name. */
        public name: string;

        /** InternalUserAddRequest hashedPassword. */
        public hashedPassword: Uint8Array;

        /** InternalUserAddRequest options. */
        public options?: (authpb.IUserAddOptions|null);

        /**
         * Creates a new InternalUserAddRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InternalUserAddRequest instance
         */
        public static create(properties?: clusterdpb.IInternalUserAddRequest): clusterdpb.InternalUserAddRequest;

        /**
         * Encodes the specified InternalUserAddRequest message. Does not implicitly {@link clusterdpb.InternalUserAddRequest.verify|verify} messages.
         * @param message InternalUserAddRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IInternalUserAddRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InternalUserAddRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns InternalUserAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.InternalUserAddRequest;

        /**
         * Gets the default type url for InternalUserAddRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an InternalUserChangePasswordRequest. */
    interface IInternalUserChangePasswordRequest {

        /** InternalUserChangePasswordRequest name */
        name?: (string|null);

        /** InternalUserChangePasswordRequest hashedPassword */
        hashedPassword?: (Uint8Array|null);
    }

    /** Represents an InternalUserChangePasswordRequest. */
    class InternalUserChangePasswordRequest implements IInternalUserChangePasswordRequest {

        /**
         * Constructs a new InternalUserChangePasswordRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IInternalUserChangePasswordRequest);

        /** InternalUserChangePasswordRequest name. */
        public name: string;

        /** InternalUserChangePasswordRequest hashedPassword. */
        public hashedPassword: Uint8Array;

        /**
         * Creates a new InternalUserChangePasswordRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InternalUserChangePasswordRequest instance
         */
        public static create(properties?: clusterdpb.IInternalUserChangePasswordRequest): clusterdpb.InternalUserChangePasswordRequest;

        /**
         * Encodes the specified InternalUserChangePasswordRequest message. Does not implicitly {@link clusterdpb.InternalUserChangePasswordRequest.verify|verify} messages.
         * @param message InternalUserChangePasswordRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IInternalUserChangePasswordRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InternalUserChangePasswordRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns InternalUserChangePasswordRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.InternalUserChangePasswordRequest;

        /**
         * Gets the default type url for InternalUserChangePasswordRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** RaftEntryType enum. */
    enum RaftEntryType {
        EntryNormal = 0,
        EntryConfChange = 1
    }

    /** Properties of a MemberAttributes. */
    interface IMemberAttributes {

        /** MemberAttributes memberId */
        memberId?: (number|Long|null);

        /** MemberAttributes name */
        name?: (string|null);

        /** MemberAttributes clientUrls */
        clientUrls?: (string[]|null);

        /** MemberAttributes peerUrls */
        peerUrls?: (string[]|null);
    }

    /** Represents a MemberAttributes. */
    class MemberAttributes implements IMemberAttributes {

        /**
         * Constructs a new MemberAttributes.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IMemberAttributes);

        /** MemberAttributes memberId. */
        public memberId: (number|Long);

        /** MemberAttributes name. */
        public name: string;

        /** MemberAttributes clientUrls. */
        public clientUrls: string[];

        /** MemberAttributes peerUrls. */
        public peerUrls: string[];

        /**
         * Creates a new MemberAttributes instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberAttributes instance
         */
        public static create(properties?: clusterdpb.IMemberAttributes): clusterdpb.MemberAttributes;

        /**
         * Encodes the specified MemberAttributes message. Does not implicitly {@link clusterdpb.MemberAttributes.verify|verify} messages.
         * @param message MemberAttributes message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IMemberAttributes, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberAttributes message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberAttributes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.MemberAttributes;

        /**
         * Gets the default type url for MemberAttributes
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a RaftEntry. */
    interface IRaftEntry {

        /** RaftEntry term */
        term?: (number|Long|null);

        /** RaftEntry index */
        index?: (number|Long|null);

        /** RaftEntry type */
        type?: (clusterdpb.RaftEntryType|null);

        /** RaftEntry data */
        data?: (Uint8Array|null);
    }

    /** Represents a RaftEntry. */
    class RaftEntry implements IRaftEntry {

        /**
         * Constructs a new RaftEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IRaftEntry);

        /** RaftEntry term. */
        public term: (number|Long);

        /** RaftEntry index. */
        public index: (number|Long);

        /** RaftEntry type. */
        public type: clusterdpb.RaftEntryType;

        /** RaftEntry data. */
        public data: Uint8Array;

        /**
         * Creates a new RaftEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RaftEntry instance
         */
        public static create(properties?: clusterdpb.IRaftEntry): clusterdpb.RaftEntry;

        /**
         * Encodes the specified RaftEntry message. Does not implicitly {@link clusterdpb.RaftEntry.verify|verify} messages.
         * @param message RaftEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IRaftEntry, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RaftEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RaftEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.RaftEntry;

        /**
         * Gets the default type url for RaftEntry
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a RaftHardState. */
    interface IRaftHardState {

        /** RaftHardState term */
        term?: (number|Long|null);

        /** RaftHardState vote */
        vote?: (number|Long|null);

        /** RaftHardState commit */
        commit?: (number|Long|null);
    }

    /** Represents a RaftHardState. */
    class RaftHardState implements IRaftHardState {

        /**
         * Constructs a new RaftHardState.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IRaftHardState);

        /** RaftHardState term. */
        public term: (number|Long);

        /** RaftHardState vote. */
        public vote: (number|Long);

        /** RaftHardState commit. */
        public commit: (number|Long);

        /**
         * Creates a new RaftHardState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RaftHardState instance
         */
        public static create(properties?: clusterdpb.IRaftHardState): clusterdpb.RaftHardState;

        /**
         * Encodes the specified RaftHardState message. Does not implicitly {@link clusterdpb.RaftHardState.verify|verify} messages.
         * @param message RaftHardState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IRaftHardState, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RaftHardState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RaftHardState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.RaftHardState;

        /**
         * Gets the default type url for RaftHardState
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a RaftConfState. */
    interface IRaftConfState {

        /** RaftConfState voters */
        voters?: ((number|Long)[]|null);

        /** RaftConfState learners */
        learners?: ((number|Long)[]|null);

        /** RaftConfState votersOutgoing */
        votersOutgoing?: ((number|Long)[]|null);

        /** RaftConfState learnersNext */
        learnersNext?: ((number|Long)[]|null);

        /** RaftConfState autoLeave */
        autoLeave?: (boolean|null);
    }

    /** Represents a RaftConfState. */
    class RaftConfState implements IRaftConfState {

        /**
         * Constructs a new RaftConfState.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IRaftConfState);

        /** RaftConfState voters. */
        public voters: (number|Long)[];

        /** RaftConfState learners. */
        public learners: (number|Long)[];

        /** RaftConfState votersOutgoing. */
        public votersOutgoing: (number|Long)[];

        /** RaftConfState learnersNext. */
        public learnersNext: (number|Long)[];

        /** RaftConfState autoLeave. */
        public autoLeave: boolean;

        /**
         * Creates a new RaftConfState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RaftConfState instance
         */
        public static create(properties?: clusterdpb.IRaftConfState): clusterdpb.RaftConfState;

        /**
         * Encodes the specified RaftConfState message. Does not implicitly {@link clusterdpb.RaftConfState.verify|verify} messages.
         * @param message RaftConfState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IRaftConfState, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RaftConfState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RaftConfState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.RaftConfState;

        /**
         * Gets the default type url for RaftConfState
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a RaftSnapshotMetadata. */
    interface IRaftSnapshotMetadata {

        /** RaftSnapshotMetadata confState */
        confState?: (clusterdpb.IRaftConfState|null);

        /** RaftSnapshotMetadata index */
        index?: (number|Long|null);

        /** RaftSnapshotMetadata term */
        term?: (number|Long|null);
    }

    /** Represents a RaftSnapshotMetadata. */
    class RaftSnapshotMetadata implements IRaftSnapshotMetadata {

        /**
         * Constructs a new RaftSnapshotMetadata.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IRaftSnapshotMetadata);

        /** RaftSnapshotMetadata confState. */
        public confState?: (clusterdpb.IRaftConfState|null);

        /** RaftSnapshotMetadata index. */
        public index: (number|Long);

        /** RaftSnapshotMetadata term. */
        public term: (number|Long);

        /**
         * Creates a new RaftSnapshotMetadata instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RaftSnapshotMetadata instance
         */
        public static create(properties?: clusterdpb.IRaftSnapshotMetadata): clusterdpb.RaftSnapshotMetadata;

        /**
         * Encodes the specified RaftSnapshotMetadata message. Does not implicitly {@link clusterdpb.RaftSnapshotMetadata.verify|verify} messages.
         * @param message RaftSnapshotMetadata message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IRaftSnapshotMetadata, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RaftSnapshotMetadata message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RaftSnapshotMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.RaftSnapshotMetadata;

        /**
         * Gets the default type url for RaftSnapshotMetadata
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** RaftMessageType enum. */
    enum RaftMessageType {
        MsgHup = 0,
        MsgBeat = 1,
        MsgProp = 2,
        MsgApp = 3,
        MsgAppResp = 4,
        MsgVote = 5,
        MsgVoteResp = 6,
        MsgSnap = 7,
        MsgHeartbeat = 8,
        MsgHeartbeatResp = 9,
        MsgUnreachable = 10,
        MsgSnapStatus = 11,
        MsgCheckQuorum = 12,
        MsgTransferLeader = 13,
        MsgTimeoutNow = 14,
        MsgReadIndex = 15,
        MsgReadIndexResp = 16,
        MsgPreVote = 17,
        MsgPreVoteResp = 18,
        MsgForgetLeader = 23
    }

    /** Properties of a RaftMessage. */
    interface IRaftMessage {

        /** RaftMessage type */
        type?: (clusterdpb.RaftMessageType|null);

        /** RaftMessage to */
        to?: (number|Long|null);

        /** RaftMessage from */
        from?: (number|Long|null);

        /** RaftMessage term */
        term?: (number|Long|null);

        /** RaftMessage logTerm */
        logTerm?: (number|Long|null);

        /** RaftMessage index */
        index?: (number|Long|null);

        /** RaftMessage entries */
        entries?: (clusterdpb.IRaftEntry[]|null);

        /** RaftMessage commit */
        commit?: (number|Long|null);

        /** RaftMessage snapshot */
        snapshot?: (clusterdpb.IRaftSnapshotMetadata|null);

        /** RaftMessage reject */
        reject?: (boolean|null);

        /** RaftMessage rejectHint */
        rejectHint?: (number|Long|null);

        /** RaftMessage context */
        context?: (Uint8Array|null);
    }

    /** Represents a RaftMessage. */
    class RaftMessage implements IRaftMessage {

        /**
         * Constructs a new RaftMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IRaftMessage);

        /** RaftMessage type. */
        public type: clusterdpb.RaftMessageType;

        /** RaftMessage to. */
        public to: (number|Long);

        /** RaftMessage from. */
        public from: (number|Long);

        /** RaftMessage term. */
        public term: (number|Long);

        /** RaftMessage logTerm. */
        public logTerm: (number|Long);

        /** RaftMessage index. */
        public index: (number|Long);

        /** RaftMessage entries. */
        public entries: clusterdpb.IRaftEntry[];

        /** RaftMessage commit. */
        public commit: (number|Long);

        /** RaftMessage snapshot. */
        public snapshot?: (clusterdpb.IRaftSnapshotMetadata|null);

        /** RaftMessage reject. */
        public reject: boolean;

        /** RaftMessage rejectHint. */
        public rejectHint: (number|Long);

        /** RaftMessage context. */
        public context?: (Uint8Array|null);

        /**
         * Creates a new RaftMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RaftMessage instance
         */
        public static create(properties?: clusterdpb.IRaftMessage): clusterdpb.RaftMessage;

        /**
         * Encodes the specified RaftMessage message. Does not implicitly {@link clusterdpb.RaftMessage.verify|verify} messages.
         * @param message RaftMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IRaftMessage, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RaftMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RaftMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.RaftMessage;

        /**
         * Gets the default type url for RaftMessage
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a RaftMessageBatch. */
    interface IRaftMessageBatch {

        /** RaftMessageBatch messages */
        messages?: (clusterdpb.IRaftMessage[]|null);
    }

    /** Represents a RaftMessageBatch. */
    class RaftMessageBatch implements IRaftMessageBatch {

        /**
         * Constructs a new RaftMessageBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IRaftMessageBatch);

        /** RaftMessageBatch messages. */
        public messages: clusterdpb.IRaftMessage[];

        /**
         * Creates a new RaftMessageBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RaftMessageBatch instance
         */
        public static create(properties?: clusterdpb.IRaftMessageBatch): clusterdpb.RaftMessageBatch;

        /**
         * Encodes the specified RaftMessageBatch message. Does not implicitly {@link clusterdpb.RaftMessageBatch.verify|verify} messages.
         * @param message RaftMessageBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IRaftMessageBatch, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RaftMessageBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RaftMessageBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.RaftMessageBatch;

        /**
         * Gets the default type url for RaftMessageBatch
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SnapshotChunk. */
    interface ISnapshotChunk {

        /** SnapshotChunk message */
        message?: (clusterdpb.IRaftMessage|null);

        /** SnapshotChunk data */
        data?: (Uint8Array|null);

        /** SnapshotChunk end */
        end?: (clusterdpb.ISnapshotEnd|null);
    }

    /** Represents a SnapshotChunk. */
    class SnapshotChunk implements ISnapshotChunk {

        /**
         * Constructs a new SnapshotChunk.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.ISnapshotChunk);

        /** SnapshotChunk message. */
        public message?: (clusterdpb.IRaftMessage|null);

        /** SnapshotChunk data. */
        public data?: (Uint8Array|null);

        /** SnapshotChunk end. */
        public end?: (clusterdpb.ISnapshotEnd|null);

        /** SnapshotChunk chunk. */
        public chunk?: ("message"|"data"|"end");

        /**
         * Creates a new SnapshotChunk instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotChunk instance
         */
        public static create(properties?: clusterdpb.ISnapshotChunk): clusterdpb.SnapshotChunk;

        /**
         * Encodes the specified SnapshotChunk message. Does not implicitly {@link clusterdpb.SnapshotChunk.verify|verify} messages.
         * @param message SnapshotChunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.ISnapshotChunk, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotChunk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SnapshotChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.SnapshotChunk;

        /**
         * Gets the default type url for SnapshotChunk
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SnapshotEnd. */
    interface ISnapshotEnd {

        /** SnapshotEnd totalBytes */
        totalBytes?: (number|Long|null);

        /** SnapshotEnd sha256 */
        sha256?: (Uint8Array|null);
    }

    /** Represents a SnapshotEnd. */
    class SnapshotEnd implements ISnapshotEnd {

        /**
         * Constructs a new SnapshotEnd.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.ISnapshotEnd);

        /** SnapshotEnd totalBytes. */
        public totalBytes: (number|Long);

        /** SnapshotEnd sha256. */
        public sha256: Uint8Array;

        /**
         * Creates a new SnapshotEnd instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotEnd instance
         */
        public static create(properties?: clusterdpb.ISnapshotEnd): clusterdpb.SnapshotEnd;

        /**
         * Encodes the specified SnapshotEnd message. Does not implicitly {@link clusterdpb.SnapshotEnd.verify|verify} messages.
         * @param message SnapshotEnd message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.ISnapshotEnd, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotEnd message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SnapshotEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.SnapshotEnd;

        /**
         * Gets the default type url for SnapshotEnd
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SnapshotAck. */
    interface ISnapshotAck {

        /** SnapshotAck receivedBytes */
        receivedBytes?: (number|Long|null);
    }

    /** Represents a SnapshotAck. */
    class SnapshotAck implements ISnapshotAck {

        /**
         * Constructs a new SnapshotAck.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.ISnapshotAck);

        /** SnapshotAck receivedBytes. */
        public receivedBytes: (number|Long);

        /**
         * Creates a new SnapshotAck instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotAck instance
         */
        public static create(properties?: clusterdpb.ISnapshotAck): clusterdpb.SnapshotAck;

        /**
         * Encodes the specified SnapshotAck message. Does not implicitly {@link clusterdpb.SnapshotAck.verify|verify} messages.
         * @param message SnapshotAck message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.ISnapshotAck, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotAck message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SnapshotAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.SnapshotAck;

        /**
         * Gets the default type url for SnapshotAck
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HelloRequest. */
    interface IHelloRequest {

        /** HelloRequest clusterId */
        clusterId?: (number|Long|null);

        /** HelloRequest memberId */
        memberId?: (number|Long|null);
    }

    /** Represents a HelloRequest. */
    class HelloRequest implements IHelloRequest {

        /**
         * Constructs a new HelloRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IHelloRequest);

        /** HelloRequest clusterId. */
        public clusterId: (number|Long);

        /** HelloRequest memberId. */
        public memberId: (number|Long);

        /**
         * Creates a new HelloRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HelloRequest instance
         */
        public static create(properties?: clusterdpb.IHelloRequest): clusterdpb.HelloRequest;

        /**
         * Encodes the specified HelloRequest message. Does not implicitly {@link clusterdpb.HelloRequest.verify|verify} messages.
         * @param message HelloRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IHelloRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HelloRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HelloRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.HelloRequest;

        /**
         * Gets the default type url for HelloRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HelloResponse. */
    interface IHelloResponse {

        /** HelloResponse clusterId */
        clusterId?: (number|Long|null);

        /** HelloResponse memberId */
        memberId?: (number|Long|null);

        /** HelloResponse refusedCode */
        refusedCode?: (number|null);

        /** HelloResponse refusedDetails */
        refusedDetails?: (string|null);

        /** HelloResponse removedMember */
        removedMember?: (number|Long|null);
    }

    /** Represents a HelloResponse. */
    class HelloResponse implements IHelloResponse {

        /**
         * Constructs a new HelloResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: clusterdpb.IHelloResponse);

        /** HelloResponse clusterId. */
        public clusterId: (number|Long);

        /** HelloResponse memberId. */
        public memberId: (number|Long);

        /** HelloResponse refusedCode. */
        public refusedCode: number;

        /** HelloResponse refusedDetails. */
        public refusedDetails: string;

        /** HelloResponse removedMember. */
        public removedMember: (number|Long);

        /**
         * Creates a new HelloResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HelloResponse instance
         */
        public static create(properties?: clusterdpb.IHelloResponse): clusterdpb.HelloResponse;

        /**
         * Encodes the specified HelloResponse message. Does not implicitly {@link clusterdpb.HelloResponse.verify|verify} messages.
         * @param message HelloResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: clusterdpb.IHelloResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HelloResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HelloResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): clusterdpb.HelloResponse;

        /**
         * Gets the default type url for HelloResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Represents a Peer */
    class Peer extends $protobuf.rpc.Service {

        /**
         * Constructs a new Peer service.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         */
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

        /**
         * Creates new Peer service using the specified rpc implementation.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         * @returns RPC service. Useful where requests and/or responses are streamed.
         */
        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Peer;

        /**
         * Calls SendSnapshot.
         * @param request SnapshotChunk message or plain object
         * @param callback Node-style callback called with the error, if any, and SnapshotAck
         */
        public sendSnapshot(request: clusterdpb.ISnapshotChunk, callback: clusterdpb.Peer.SendSnapshotCallback): void;

        /**
         * Calls SendSnapshot.
         * @param request SnapshotChunk message or plain object
         * @returns Promise
         */
        public sendSnapshot(request: clusterdpb.ISnapshotChunk): Promise<clusterdpb.SnapshotAck>;
    }

    namespace Peer {

        /**
         * Callback as used by {@link clusterdpb.Peer#sendSnapshot}.
         * @param error Error, if any
         * @param [response] SnapshotAck
         */
        type SendSnapshotCallback = (error: (Error|null), response?: clusterdpb.SnapshotAck) => void;
    }
}

/** Namespace etcdserverpb. */
export namespace etcdserverpb {

    /** Represents a KV */
    class KV extends $protobuf.rpc.Service {

        /**
         * Constructs a new KV service.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         */
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

        /**
         * Creates new KV service using the specified rpc implementation.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         * @returns RPC service. Useful where requests and/or responses are streamed.
         */
        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): KV;

        /**
         * Calls Range.
         * @param request RangeRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and RangeResponse
         */
        public range(request: etcdserverpb.IRangeRequest, callback: etcdserverpb.KV.RangeCallback): void;

        /**
         * Calls Range.
         * @param request RangeRequest message or plain object
         * @returns Promise
         */
        public range(request: etcdserverpb.IRangeRequest): Promise<etcdserverpb.RangeResponse>;

        /**
         * Calls Put.
         * @param request PutRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and PutResponse
         */
        public put(request: etcdserverpb.IPutRequest, callback: etcdserverpb.KV.PutCallback): void;

        /**
         * Calls Put.
         * @param request PutRequest message or plain object
         * @returns Promise
         */
        public put(request: etcdserverpb.IPutRequest): Promise<etcdserverpb.PutResponse>;

        /**
         * Calls DeleteRange.
         * @param request DeleteRangeRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and DeleteRangeResponse
         */
        public deleteRange(request: etcdserverpb.IDeleteRangeRequest, callback: etcdserverpb.KV.DeleteRangeCallback): void;

        /**
         * Calls DeleteRange.
         * @param request DeleteRangeRequest message or plain object
         * @returns Promise
         */
        public deleteRange(request: etcdserverpb.IDeleteRangeRequest): Promise<etcdserverpb.DeleteRangeResponse>;

        /**
         * Calls Txn.
         * @param request TxnRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and TxnResponse
         */
        public txn(request: etcdserverpb.ITxnRequest, callback: etcdserverpb.KV.TxnCallback): void;

        /**
         * Calls Txn.
         * @param request TxnRequest message or plain object
         * @returns Promise
         */
        public txn(request: etcdserverpb.ITxnRequest): Promise<etcdserverpb.TxnResponse>;

        /**
         * Calls Compact.
         * @param request CompactionRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and CompactionResponse
         */
        public compact(request: etcdserverpb.ICompactionRequest, callback: etcdserverpb.KV.CompactCallback): void;

        /**
         * Calls Compact.
         * @param request CompactionRequest message or plain object
         * @returns Promise
         */
        public compact(request: etcdserverpb.ICompactionRequest): Promise<etcdserverpb.CompactionResponse>;
    }

    namespace KV {

        /**
         * Callback as used by {@link etcdserverpb.KV#range}.
         * @param error Error, if any
         * @param [response] RangeResponse
         */
        type RangeCallback = (error: (Error|null), response?: etcdserverpb.RangeResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.KV#put}.
         * @param error Error, if any
         * @param [response] PutResponse
         */
        type PutCallback = (error: (Error|null), response?: etcdserverpb.PutResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.KV#deleteRange}.
         * @param error Error, if any
         * @param [response] DeleteRangeResponse
         */
        type DeleteRangeCallback = (error: (Error|null), response?: etcdserverpb.DeleteRangeResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.KV#txn}.
         * @param error Error, if any
         * @param [response] TxnResponse
         */
        type TxnCallback = (error: (Error|null), response?: etcdserverpb.TxnResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.KV#compact}.
         * @param error Error, if any
         * @param [response] CompactionResponse
         */
        type CompactCallback = (error: (Error|null), response?: etcdserverpb.CompactionResponse) => void;
    }

    /** Represents a Watch */
    class Watch extends $protobuf.rpc.Service {

        /**
         * Constructs a new Watch service.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         */
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

        /**
         * Creates new Watch service using the specified rpc implementation.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         * @returns RPC service. Useful where requests and/or responses are streamed.
         */
        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Watch;

        /**
         * Calls Watch.
         * @param request WatchRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and WatchResponse
         */
        public watch(request: etcdserverpb.IWatchRequest, callback: etcdserverpb.Watch.WatchCallback): void;

        /**
         * Calls Watch.
         * @param request WatchRequest message or plain object
         * @returns Promise
         */
        public watch(request: etcdserverpb.IWatchRequest): Promise<etcdserverpb.WatchResponse>;
    }

    namespace Watch {

        /**
         * Callback as used by {@link etcdserverpb.Watch#watch}.
         * @param error Error, if any
         * @param [response] WatchResponse
         */
        type WatchCallback = (error: (Error|null), response?: etcdserverpb.WatchResponse) => void;
    }

    /** Represents a Lease */
    class Lease extends $protobuf.rpc.Service {

        /**
         * Constructs a new Lease service.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         */
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

        /**
         * Creates new Lease service using the specified rpc implementation.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         * @returns RPC service. Useful where requests and/or responses are streamed.
         */
        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Lease;

        /**
         * Calls LeaseGrant.
         * @param request LeaseGrantRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and LeaseGrantResponse
         */
        public leaseGrant(request: etcdserverpb.ILeaseGrantRequest, callback: etcdserverpb.Lease.LeaseGrantCallback): void;

        /**
         * Calls LeaseGrant.
         * @param request LeaseGrantRequest message or plain object
         * @returns Promise
         */
        public leaseGrant(request: etcdserverpb.ILeaseGrantRequest): Promise<etcdserverpb.LeaseGrantResponse>;

        /**
         * Calls LeaseRevoke.
         * @param request LeaseRevokeRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and LeaseRevokeResponse
         */
        public leaseRevoke(request: etcdserverpb.ILeaseRevokeRequest, callback: etcdserverpb.Lease.LeaseRevokeCallback): void;

        /**
         * Calls LeaseRevoke.
         * @param request LeaseRevokeRequest message or plain object
         * @returns Promise
         */
        public leaseRevoke(request: etcdserverpb.ILeaseRevokeRequest): Promise<etcdserverpb.LeaseRevokeResponse>;

        /**
         * Calls LeaseKeepAlive.
         * @param request LeaseKeepAliveRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and LeaseKeepAliveResponse
         */
        public leaseKeepAlive(request: etcdserverpb.ILeaseKeepAliveRequest, callback: etcdserverpb.Lease.LeaseKeepAliveCallback): void;

        /**
         * Calls LeaseKeepAlive.
         * @param request LeaseKeepAliveRequest message or plain object
         * @returns Promise
         */
        public leaseKeepAlive(request: etcdserverpb.ILeaseKeepAliveRequest): Promise<etcdserverpb.LeaseKeepAliveResponse>;

        /**
         * Calls LeaseTimeToLive.
         * @param request LeaseTimeToLiveRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and LeaseTimeToLiveResponse
         */
        public leaseTimeToLive(request: etcdserverpb.ILeaseTimeToLiveRequest, callback: etcdserverpb.Lease.LeaseTimeToLiveCallback): void;

        /**
         * Calls LeaseTimeToLive.
         * @param request LeaseTimeToLiveRequest message or plain object
         * @returns Promise
         */
        public leaseTimeToLive(request: etcdserverpb.ILeaseTimeToLiveRequest): Promise<etcdserverpb.LeaseTimeToLiveResponse>;

        /**
         * Calls LeaseLeases.
         * @param request LeaseLeasesRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and LeaseLeasesResponse
         */
        public leaseLeases(request: etcdserverpb.ILeaseLeasesRequest, callback: etcdserverpb.Lease.LeaseLeasesCallback): void;

        /**
         * Calls LeaseLeases.
         * @param request LeaseLeasesRequest message or plain object
         * @returns Promise
         */
        public leaseLeases(request: etcdserverpb.ILeaseLeasesRequest): Promise<etcdserverpb.LeaseLeasesResponse>;
    }

    namespace Lease {

        /**
         * Callback as used by {@link etcdserverpb.Lease#leaseGrant}.
         * @param error Error, if any
         * @param [response] LeaseGrantResponse
         */
        type LeaseGrantCallback = (error: (Error|null), response?: etcdserverpb.LeaseGrantResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Lease#leaseRevoke}.
         * @param error Error, if any
         * @param [response] LeaseRevokeResponse
         */
        type LeaseRevokeCallback = (error: (Error|null), response?: etcdserverpb.LeaseRevokeResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Lease#leaseKeepAlive}.
         * @param error Error, if any
         * @param [response] LeaseKeepAliveResponse
         */
        type LeaseKeepAliveCallback = (error: (Error|null), response?: etcdserverpb.LeaseKeepAliveResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Lease#leaseTimeToLive}.
         * @param error Error, if any
         * @param [response] LeaseTimeToLiveResponse
         */
        type LeaseTimeToLiveCallback = (error: (Error|null), response?: etcdserverpb.LeaseTimeToLiveResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Lease#leaseLeases}.
         * @param error Error, if any
         * @param [response] LeaseLeasesResponse
         */
        type LeaseLeasesCallback = (error: (Error|null), response?: etcdserverpb.LeaseLeasesResponse) => void;
    }

    /** Represents a Cluster */
    class Cluster extends $protobuf.rpc.Service {

        /**
         * Constructs a new Cluster service.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         */
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

        /**
         * Creates new Cluster service using the specified rpc implementation.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         * @returns RPC service. Useful where requests and/or responses are streamed.
         */
        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Cluster;

        /**
         * Calls MemberAdd.
         * @param request MemberAddRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and MemberAddResponse
         */
        public memberAdd(request: etcdserverpb.IMemberAddRequest, callback: etcdserverpb.Cluster.MemberAddCallback): void;

        /**
         * Calls MemberAdd.
         * @param request MemberAddRequest message or plain object
         * @returns Promise
         */
        public memberAdd(request: etcdserverpb.IMemberAddRequest): Promise<etcdserverpb.MemberAddResponse>;

        /**
         * Calls MemberRemove.
         * @param request MemberRemoveRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and MemberRemoveResponse
         */
        public memberRemove(request: etcdserverpb.IMemberRemoveRequest, callback: etcdserverpb.Cluster.MemberRemoveCallback): void;

        /**
         * Calls MemberRemove.
         * @param request MemberRemoveRequest message or plain object
         * @returns Promise
         */
        public memberRemove(request: etcdserverpb.IMemberRemoveRequest): Promise<etcdserverpb.MemberRemoveResponse>;

        /**
         * Calls MemberUpdate.
         * @param request MemberUpdateRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and MemberUpdateResponse
         */
        public memberUpdate(request: etcdserverpb.IMemberUpdateRequest, callback: etcdserverpb.Cluster.MemberUpdateCallback): void;

        /**
         * Calls MemberUpdate.
         * @param request MemberUpdateRequest message or plain object
         * @returns Promise
         */
        public memberUpdate(request: etcdserverpb.IMemberUpdateRequest): Promise<etcdserverpb.MemberUpdateResponse>;

        /**
         * Calls MemberList.
         * @param request MemberListRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and MemberListResponse
         */
        public memberList(request: etcdserverpb.IMemberListRequest, callback: etcdserverpb.Cluster.MemberListCallback): void;

        /**
         * Calls MemberList.
         * @param request MemberListRequest message or plain object
         * @returns Promise
         */
        public memberList(request: etcdserverpb.IMemberListRequest): Promise<etcdserverpb.MemberListResponse>;

        /**
         * Calls MemberPromote.
         * @param request MemberPromoteRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and MemberPromoteResponse
         */
        public memberPromote(request: etcdserverpb.IMemberPromoteRequest, callback: etcdserverpb.Cluster.MemberPromoteCallback): void;

        /**
         * Calls MemberPromote.
         * @param request MemberPromoteRequest message or plain object
         * @returns Promise
         */
        public memberPromote(request: etcdserverpb.IMemberPromoteRequest): Promise<etcdserverpb.MemberPromoteResponse>;
    }

    namespace Cluster {

        /**
         * Callback as used by {@link etcdserverpb.Cluster#memberAdd}.
         * @param error Error, if any
         * @param [response] MemberAddResponse
         */
        type MemberAddCallback = (error: (Error|null), response?: etcdserverpb.MemberAddResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Cluster#memberRemove}.
         * @param error Error, if any
         * @param [response] MemberRemoveResponse
         */
        type MemberRemoveCallback = (error: (Error|null), response?: etcdserverpb.MemberRemoveResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Cluster#memberUpdate}.
         * @param error Error, if any
         * @param [response] MemberUpdateResponse
         */
        type MemberUpdateCallback = (error: (Error|null), response?: etcdserverpb.MemberUpdateResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Cluster#memberList}.
         * @param error Error, if any
         * @param [response] MemberListResponse
         */
        type MemberListCallback = (error: (Error|null), response?: etcdserverpb.MemberListResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Cluster#memberPromote}.
         * @param error Error, if any
         * @param [response] MemberPromoteResponse
         */
        type MemberPromoteCallback = (error: (Error|null), response?: etcdserverpb.MemberPromoteResponse) => void;
    }

    /** Represents a Maintenance */
    class Maintenance extends $protobuf.rpc.Service {

        /**
         * Constructs a new Maintenance service.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         */
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

        /**
         * Creates new Maintenance service using the specified rpc implementation.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         * @returns RPC service. Useful where requests and/or responses are streamed.
         */
        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Maintenance;

        /**
         * Calls Alarm.
         * @param request AlarmRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AlarmResponse
         */
        public alarm(request: etcdserverpb.IAlarmRequest, callback: etcdserverpb.Maintenance.AlarmCallback): void;

        /**
         * Calls Alarm.
         * @param request AlarmRequest message or plain object
         * @returns Promise
         */
        public alarm(request: etcdserverpb.IAlarmRequest): Promise<etcdserverpb.AlarmResponse>;

        /**
         * Calls Status.
         * @param request StatusRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and StatusResponse
         */
        public status(request: etcdserverpb.IStatusRequest, callback: etcdserverpb.Maintenance.StatusCallback): void;

        /**
         * Calls Status.
         * @param request StatusRequest message or plain object
         * @returns Promise
         */
        public status(request: etcdserverpb.IStatusRequest): Promise<etcdserverpb.StatusResponse>;

        /**
         * Calls Defragment.
         * @param request DefragmentRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and DefragmentResponse
         */
        public defragment(request: etcdserverpb.IDefragmentRequest, callback: etcdserverpb.Maintenance.DefragmentCallback): void;

        /**
         * Calls Defragment.
         * @param request DefragmentRequest message or plain object
         * @returns Promise
         */
        public defragment(request: etcdserverpb.IDefragmentRequest): Promise<etcdserverpb.DefragmentResponse>;

        /**
         * Calls Hash.
         * @param request HashRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and HashResponse
         */
        public hash(request: etcdserverpb.IHashRequest, callback: etcdserverpb.Maintenance.HashCallback): void;

        /**
         * Calls Hash.
         * @param request HashRequest message or plain object
         * @returns Promise
         */
        public hash(request: etcdserverpb.IHashRequest): Promise<etcdserverpb.HashResponse>;

        /**
         * Calls HashKV.
         * @param request HashKVRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and HashKVResponse
         */
        public hashKV(request: etcdserverpb.IHashKVRequest, callback: etcdserverpb.Maintenance.HashKVCallback): void;

        /**
         * Calls HashKV.
         * @param request HashKVRequest message or plain object
         * @returns Promise
         */
        public hashKV(request: etcdserverpb.IHashKVRequest): Promise<etcdserverpb.HashKVResponse>;

        /**
         * Calls Snapshot.
         * @param request SnapshotRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and SnapshotResponse
         */
        public snapshot(request: etcdserverpb.ISnapshotRequest, callback: etcdserverpb.Maintenance.SnapshotCallback): void;

        /**
         * Calls Snapshot.
         * @param request SnapshotRequest message or plain object
         * @returns Promise
         */
        public snapshot(request: etcdserverpb.ISnapshotRequest): Promise<etcdserverpb.SnapshotResponse>;

        /**
         * Calls MoveLeader.
         * @param request MoveLeaderRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and MoveLeaderResponse
         */
        public moveLeader(request: etcdserverpb.IMoveLeaderRequest, callback: etcdserverpb.Maintenance.MoveLeaderCallback): void;

        /**
         * Calls MoveLeader.
         * @param request MoveLeaderRequest message or plain object
         * @returns Promise
         */
        public moveLeader(request: etcdserverpb.IMoveLeaderRequest): Promise<etcdserverpb.MoveLeaderResponse>;

        /**
         * Calls Downgrade.
         * @param request DowngradeRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and DowngradeResponse
         */
        public downgrade(request: etcdserverpb.IDowngradeRequest, callback: etcdserverpb.Maintenance.DowngradeCallback): void;

        /**
         * Calls Downgrade.
         * @param request DowngradeRequest message or plain object
         * @returns Promise
         */
        public downgrade(request: etcdserverpb.IDowngradeRequest): Promise<etcdserverpb.DowngradeResponse>;
    }

    namespace Maintenance {

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#alarm}.
         * @param error Error, if any
         * @param [response] AlarmResponse
         */
        type AlarmCallback = (error: (Error|null), response?: etcdserverpb.AlarmResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#status}.
         * @param error Error, if any
         * @param [response] StatusResponse
         */
        type StatusCallback = (error: (Error|null), response?: etcdserverpb.StatusResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#defragment}.
         * @param error Error, if any
         * @param [response] DefragmentResponse
         */
        type DefragmentCallback = (error: (Error|null), response?: etcdserverpb.DefragmentResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#hash}.
         * @param error Error, if any
         * @param [response] HashResponse
         */
        type HashCallback = (error: (Error|null), response?: etcdserverpb.HashResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#hashKV}.
         * @param error Error, if any
         * @param [response] HashKVResponse
         */
        type HashKVCallback = (error: (Error|null), response?: etcdserverpb.HashKVResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#snapshot}.
         * @param error Error, if any
         * @param [response] SnapshotResponse
         */
        type SnapshotCallback = (error: (Error|null), response?: etcdserverpb.SnapshotResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#moveLeader}.
         * @param error Error, if any
         * @param [response] MoveLeaderResponse
         */
        type MoveLeaderCallback = (error: (Error|null), response?: etcdserverpb.MoveLeaderResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#downgrade}.
         * @param error Error, if any
         * @param [response] DowngradeResponse
         */
        type DowngradeCallback = (error: (Error|null), response?: etcdserverpb.DowngradeResponse) => void;
    }

    /** Represents an Auth */
    class Auth extends $protobuf.rpc.Service {

        /**
         * Constructs a new Auth service.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         */
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

        /**
         * Creates new Auth service using the specified rpc implementation.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         * @returns RPC service. Useful where requests and/or responses are streamed.
         */
        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Auth;

        /**
         * Calls AuthEnable.
         * @param request AuthEnableRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthEnableResponse
         */
        public authEnable(request: etcdserverpb.IAuthEnableRequest, callback: etcdserverpb.Auth.AuthEnableCallback): void;

        /**
         * Calls AuthEnable.
         * @param request AuthEnableRequest message or plain object
         * @returns Promise
         */
        public authEnable(request: etcdserverpb.IAuthEnableRequest): Promise<etcdserverpb.AuthEnableResponse>;

        /**
         * Calls AuthDisable.
         * @param request AuthDisableRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthDisableResponse
         */
        public authDisable(request: etcdserverpb.IAuthDisableRequest, callback: etcdserverpb.Auth.AuthDisableCallback): void;

        /**
         * Calls AuthDisable.
         * @param request AuthDisableRequest message or plain object
         * @returns Promise
         */
        public authDisable(request: etcdserverpb.IAuthDisableRequest): Promise<etcdserverpb.AuthDisableResponse>;

        /**
         * Calls AuthStatus.
         * @param request AuthStatusRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthStatusResponse
         */
        public authStatus(request: etcdserverpb.IAuthStatusRequest, callback: etcdserverpb.Auth.AuthStatusCallback): void;

        /**
         * Calls AuthStatus.
         * @param request AuthStatusRequest message or plain object
         * @returns Promise
         */
        public authStatus(request: etcdserverpb.IAuthStatusRequest): Promise<etcdserverpb.AuthStatusResponse>;

        /**
         * Calls Authenticate.
         * @param request AuthenticateRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthenticateResponse
         */
        public authenticate(request: etcdserverpb.IAuthenticateRequest, callback: etcdserverpb.Auth.AuthenticateCallback): void;

        /**
         * Calls Authenticate.
         * @param request AuthenticateRequest message or plain object
         * @returns Promise
         */
        public authenticate(request: etcdserverpb.IAuthenticateRequest): Promise<etcdserverpb.AuthenticateResponse>;

        /**
         * Calls UserAdd.
         * @param request AuthUserAddRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthUserAddResponse
         */
        public userAdd(request: etcdserverpb.IAuthUserAddRequest, callback: etcdserverpb.Auth.UserAddCallback): void;

        /**
         * Calls UserAdd.
         * @param request AuthUserAddRequest message or plain object
         * @returns Promise
         */
        public userAdd(request: etcdserverpb.IAuthUserAddRequest): Promise<etcdserverpb.AuthUserAddResponse>;

        /**
         * Calls UserGet.
         * @param request AuthUserGetRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthUserGetResponse
         */
        public userGet(request: etcdserverpb.IAuthUserGetRequest, callback: etcdserverpb.Auth.UserGetCallback): void;

        /**
         * Calls UserGet.
         * @param request AuthUserGetRequest message or plain object
         * @returns Promise
         */
        public userGet(request: etcdserverpb.IAuthUserGetRequest): Promise<etcdserverpb.AuthUserGetResponse>;

        /**
         * Calls UserList.
         * @param request AuthUserListRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthUserListResponse
         */
        public userList(request: etcdserverpb.IAuthUserListRequest, callback: etcdserverpb.Auth.UserListCallback): void;

        /**
         * Calls UserList.
         * @param request AuthUserListRequest message or plain object
         * @returns Promise
         */
        public userList(request: etcdserverpb.IAuthUserListRequest): Promise<etcdserverpb.AuthUserListResponse>;

        /**
         * Calls UserDelete.
         * @param request AuthUserDeleteRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthUserDeleteResponse
         */
        public userDelete(request: etcdserverpb.IAuthUserDeleteRequest, callback: etcdserverpb.Auth.UserDeleteCallback): void;

        /**
         * Calls UserDelete.
         * @param request AuthUserDeleteRequest message or plain object
         * @returns Promise
         */
        public userDelete(request: etcdserverpb.IAuthUserDeleteRequest): Promise<etcdserverpb.AuthUserDeleteResponse>;

        /**
         * Calls UserChangePassword.
         * @param request AuthUserChangePasswordRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthUserChangePasswordResponse
         */
        public userChangePassword(request: etcdserverpb.IAuthUserChangePasswordRequest, callback: etcdserverpb.Auth.UserChangePasswordCallback): void;

        /**
         * Calls UserChangePassword.
         * @param request AuthUserChangePasswordRequest message or plain object
         * @returns Promise
         */
        public userChangePassword(request: etcdserverpb.IAuthUserChangePasswordRequest): Promise<etcdserverpb.AuthUserChangePasswordResponse>;

        /**
         * Calls UserGrantRole.
         * @param request AuthUserGrantRoleRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthUserGrantRoleResponse
         */
        public userGrantRole(request: etcdserverpb.IAuthUserGrantRoleRequest, callback: etcdserverpb.Auth.UserGrantRoleCallback): void;

        /**
         * Calls UserGrantRole.
         * @param request AuthUserGrantRoleRequest message or plain object
         * @returns Promise
         */
        public userGrantRole(request: etcdserverpb.IAuthUserGrantRoleRequest): Promise<etcdserverpb.AuthUserGrantRoleResponse>;

        /**
         * Calls UserRevokeRole.
         * @param request AuthUserRevokeRoleRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthUserRevokeRoleResponse
         */
        public userRevokeRole(request: etcdserverpb.IAuthUserRevokeRoleRequest, callback: etcdserverpb.Auth.UserRevokeRoleCallback): void;

        /**
         * Calls UserRevokeRole.
         * @param request AuthUserRevokeRoleRequest message or plain object
         * @returns Promise
         */
        public userRevokeRole(request: etcdserverpb.IAuthUserRevokeRoleRequest): Promise<etcdserverpb.AuthUserRevokeRoleResponse>;

        /**
         * Calls RoleAdd.
         * @param request AuthRoleAddRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthRoleAddResponse
         */
        public roleAdd(request: etcdserverpb.IAuthRoleAddRequest, callback: etcdserverpb.Auth.RoleAddCallback): void;

        /**
         * Calls RoleAdd.
         * @param request AuthRoleAddRequest message or plain object
         * @returns Promise
         */
        public roleAdd(request: etcdserverpb.IAuthRoleAddRequest): Promise<etcdserverpb.AuthRoleAddResponse>;

        /**
         * Calls RoleGet.
         * @param request AuthRoleGetRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthRoleGetResponse
         */
        public roleGet(request: etcdserverpb.IAuthRoleGetRequest, callback: etcdserverpb.Auth.RoleGetCallback): void;

        /**
         * Calls RoleGet.
         * @param request AuthRoleGetRequest message or plain object
         * @returns Promise
         */
        public roleGet(request: etcdserverpb.IAuthRoleGetRequest): Promise<etcdserverpb.AuthRoleGetResponse>;

        /**
         * Calls RoleList.
         * @param request AuthRoleListRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthRoleListResponse
         */
        public roleList(request: etcdserverpb.IAuthRoleListRequest, callback: etcdserverpb.Auth.RoleListCallback): void;

        /**
         * Calls RoleList.
         * @param request AuthRoleListRequest message or plain object
         * @returns Promise
         */
        public roleList(request: etcdserverpb.IAuthRoleListRequest): Promise<etcdserverpb.AuthRoleListResponse>;

        /**
         * Calls RoleDelete.
         * @param request AuthRoleDeleteRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthRoleDeleteResponse
         */
        public roleDelete(request: etcdserverpb.IAuthRoleDeleteRequest, callback: etcdserverpb.Auth.RoleDeleteCallback): void;

        /**
         * Calls RoleDelete.
         * @param request AuthRoleDeleteRequest message or plain object
         * @returns Promise
         */
        public roleDelete(request: etcdserverpb.IAuthRoleDeleteRequest): Promise<etcdserverpb.AuthRoleDeleteResponse>;

        /**
         * Calls RoleGrantPermission.
         * @param request AuthRoleGrantPermissionRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthRoleGrantPermissionResponse
         */
        public roleGrantPermission(request: etcdserverpb.IAuthRoleGrantPermissionRequest, callback: etcdserverpb.Auth.RoleGrantPermissionCallback): void;

        /**
         * Calls RoleGrantPermission.
         * @param request AuthRoleGrantPermissionRequest message or plain object
         * @returns Promise
         */
        public roleGrantPermission(request: etcdserverpb.IAuthRoleGrantPermissionRequest): Promise<etcdserverpb.AuthRoleGrantPermissionResponse>;

        /**
         * Calls RoleRevokePermission.
         * @param request AuthRoleRevokePermissionRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and AuthRoleRevokePermissionResponse
         */
        public roleRevokePermission(request: etcdserverpb.IAuthRoleRevokePermissionRequest, callback: etcdserverpb.Auth.RoleRevokePermissionCallback): void;

        /**
         * Calls RoleRevokePermission.
         * @param request AuthRoleRevokePermissionRequest message or plain object
         * @returns Promise
         */
        public roleRevokePermission(request: etcdserverpb.IAuthRoleRevokePermissionRequest): Promise<etcdserverpb.AuthRoleRevokePermissionResponse>;
    }

    namespace Auth {

        /**
         * Callback as used by {@link etcdserverpb.Auth#authEnable}.
         * @param error Error, if any
         * @param [response] AuthEnableResponse
         */
        type AuthEnableCallback = (error: (Error|null), response?: etcdserverpb.AuthEnableResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#authDisable}.
         * @param error Error, if any
         * @param [response] AuthDisableResponse
         */
        type AuthDisableCallback = (error: (Error|null), response?: etcdserverpb.AuthDisableResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#authStatus}.
         * @param error Error, if any
         * @param [response] AuthStatusResponse
         */
        type AuthStatusCallback = (error: (Error|null), response?: etcdserverpb.AuthStatusResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#authenticate}.
         * @param error Error, if any
         * @param [response] AuthenticateResponse
         */
        type AuthenticateCallback = (error: (Error|null), response?: etcdserverpb.AuthenticateResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#userAdd}.
         * @param error Error, if any
         * @param [response] AuthUserAddResponse
         */
        type UserAddCallback = (error: (Error|null), response?: etcdserverpb.AuthUserAddResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#userGet}.
         * @param error Error, if any
         * @param [response] AuthUserGetResponse
         */
        type UserGetCallback = (error: (Error|null), response?: etcdserverpb.AuthUserGetResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#userList}.
         * @param error Error, if any
         * @param [response] AuthUserListResponse
         */
        type UserListCallback = (error: (Error|null), response?: etcdserverpb.AuthUserListResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#userDelete}.
         * @param error Error, if any
         * @param [response] AuthUserDeleteResponse
         */
        type UserDeleteCallback = (error: (Error|null), response?: etcdserverpb.AuthUserDeleteResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#userChangePassword}.
         * @param error Error, if any
         * @param [response] AuthUserChangePasswordResponse
         */
        type UserChangePasswordCallback = (error: (Error|null), response?: etcdserverpb.AuthUserChangePasswordResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#userGrantRole}.
         * @param error Error, if any
         * @param [response] AuthUserGrantRoleResponse
         */
        type UserGrantRoleCallback = (error: (Error|null), response?: etcdserverpb.AuthUserGrantRoleResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#userRevokeRole}.
         * @param error Error, if any
         * @param [response] AuthUserRevokeRoleResponse
         */
        type UserRevokeRoleCallback = (error: (Error|null), response?: etcdserverpb.AuthUserRevokeRoleResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleAdd}.
         * @param error Error, if any
         * @param [response] AuthRoleAddResponse
         */
        type RoleAddCallback = (error: (Error|null), response?: etcdserverpb.AuthRoleAddResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleGet}.
         * @param error Error, if any
         * @param [response] AuthRoleGetResponse
         */
        type RoleGetCallback = (error: (Error|null), response?: etcdserverpb.AuthRoleGetResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleList}.
         * @param error Error, if any
         * @param [response] AuthRoleListResponse
         */
        type RoleListCallback = (error: (Error|null), response?: etcdserverpb.AuthRoleListResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleDelete}.
         * @param error Error, if any
         * @param [response] AuthRoleDeleteResponse
         */
        type RoleDeleteCallback = (error: (Error|null), response?: etcdserverpb.AuthRoleDeleteResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleGrantPermission}.
         * @param error Error, if any
         * @param [response] AuthRoleGrantPermissionResponse
         */
        type RoleGrantPermissionCallback = (error: (Error|null), response?: etcdserverpb.AuthRoleGrantPermissionResponse) => void;

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleRevokePermission}.
         * @param error Error, if any
         * @param [response] AuthRoleRevokePermissionResponse
         */
        type RoleRevokePermissionCallback = (error: (Error|null), response?: etcdserverpb.AuthRoleRevokePermissionResponse) => void;
    }

    /** Properties of a ResponseHeader. */
    interface IResponseHeader {

        /** ResponseHeader clusterId */
        clusterId?: (number|Long|null);

        /** ResponseHeader memberId */
        memberId?: (number|Long|null);

        /** ResponseHeader revision */
        revision?: (number|Long|null);

        /** ResponseHeader raftTerm */
        raftTerm?: (number|Long|null);
    }

    /** Represents a ResponseHeader. */
    class ResponseHeader implements IResponseHeader {

        /**
         * Constructs a new ResponseHeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IResponseHeader);

        /** ResponseHeader clusterId. */
        public clusterId: (number|Long);

        /** ResponseHeader memberId. */
        public memberId: (number|Long);

        /** ResponseHeader revision. */
        public revision: (number|Long);

        /** ResponseHeader raftTerm. */
        public raftTerm: (number|Long);

        /**
         * Creates a new ResponseHeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResponseHeader instance
         */
        public static create(properties?: etcdserverpb.IResponseHeader): etcdserverpb.ResponseHeader;

        /**
         * Encodes the specified ResponseHeader message. Does not implicitly {@link etcdserverpb.ResponseHeader.verify|verify} messages.
         * @param message ResponseHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IResponseHeader, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResponseHeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ResponseHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.ResponseHeader;

        /**
         * Gets the default type url for ResponseHeader
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a RangeRequest. */
    interface IRangeRequest {

        /** RangeRequest key */
        key?: (Uint8Array|null);

        /** RangeRequest rangeEnd */
        rangeEnd?: (Uint8Array|null);

        /** RangeRequest limit */
        limit?: (number|Long|null);

        /** RangeRequest revision */
        revision?: (number|Long|null);

        /** RangeRequest sortOrder */
        sortOrder?: (etcdserverpb.RangeRequest.SortOrder|null);

        /** RangeRequest sortTarget */
        sortTarget?: (etcdserverpb.RangeRequest.SortTarget|null);

        /** RangeRequest serializable */
        serializable?: (boolean|null);

        /** RangeRequest keysOnly */
        keysOnly?: (boolean|null);

        /** RangeRequest countOnly */
        countOnly?: (boolean|null);

        /** RangeRequest minModRevision */
        minModRevision?: (number|Long|null);

        /** RangeRequest maxModRevision */
        maxModRevision?: (number|Long|null);

        /** RangeRequest minCreateRevision */
        minCreateRevision?: (number|Long|null);

        /** RangeRequest maxCreateRevision */
        maxCreateRevision?: (number|Long|null);
    }

    /** Represents a RangeRequest. */
    class RangeRequest implements IRangeRequest {

        /**
         * Constructs a new RangeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IRangeRequest);

        /** RangeRequest key. */
        public key: Uint8Array;

        /** RangeRequest rangeEnd. */
        public rangeEnd: Uint8Array;

        /** RangeRequest limit. */
        public limit: (number|Long);

        /** RangeRequest revision. */
        public revision: (number|Long);

        /** RangeRequest sortOrder. */
        public sortOrder: etcdserverpb.RangeRequest.SortOrder;

        /** RangeRequest sortTarget. */
        public sortTarget: etcdserverpb.RangeRequest.SortTarget;

        /** RangeRequest serializable. */
        public serializable: boolean;

        /** RangeRequest keysOnly. */
        public keysOnly: boolean;

        /** RangeRequest countOnly. */
        public countOnly: boolean;

        /** RangeRequest minModRevision. */
        public minModRevision: (number|Long);

        /** RangeRequest maxModRevision. */
        public maxModRevision: (number|Long);

        /** RangeRequest minCreateRevision. */
        public minCreateRevision: (number|Long);

        /** RangeRequest maxCreateRevision. */
        public maxCreateRevision: (number|Long);

        /**
         * Creates a new RangeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RangeRequest instance
         */
        public static create(properties?: etcdserverpb.IRangeRequest): etcdserverpb.RangeRequest;

        /**
         * Encodes the specified RangeRequest message. Does not implicitly {@link etcdserverpb.RangeRequest.verify|verify} messages.
         * @param message RangeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IRangeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RangeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RangeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.RangeRequest;

        /**
         * Gets the default type url for RangeRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace RangeRequest {

        /** SortOrder enum. */
        enum SortOrder {
            NONE = 0,
            ASCEND = 1,
            DESCEND = 2
        }

        /** SortTarget enum. */
        enum SortTarget {
            KEY = 0,
            VERSION = 1,
            CREATE = 2,
            MOD = 3,
            VALUE = 4
        }
    }

    /** Properties of a RangeResponse. */
    interface IRangeResponse {

        /** RangeResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** RangeResponse kvs */
        kvs?: (mvccpb.IKeyValue[]|null);

        /** RangeResponse more */
        more?: (boolean|null);

        /** RangeResponse count */
        count?: (number|Long|null);
    }

    /** Represents a RangeResponse. */
    class RangeResponse implements IRangeResponse {

        /**
         * Constructs a new RangeResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IRangeResponse);

        /** RangeResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** RangeResponse kvs. */
        public kvs: mvccpb.IKeyValue[];

        /** RangeResponse more. */
        public more: boolean;

        /** RangeResponse count. */
        public count: (number|Long);

        /**
         * Creates a new RangeResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RangeResponse instance
         */
        public static create(properties?: etcdserverpb.IRangeResponse): etcdserverpb.RangeResponse;

        /**
         * Encodes the specified RangeResponse message. Does not implicitly {@link etcdserverpb.RangeResponse.verify|verify} messages.
         * @param message RangeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IRangeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RangeResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RangeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.RangeResponse;

        /**
         * Gets the default type url for RangeResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a PutRequest. */
    interface IPutRequest {

        /** PutRequest key */
        key?: (Uint8Array|null);

        /** PutRequest value */
        value?: (Uint8Array|null);

        /** PutRequest lease */
        lease?: (number|Long|null);

        /** PutRequest prevKv */
        prevKv?: (boolean|null);

        /** PutRequest ignoreValue */
        ignoreValue?: (boolean|null);

        /** PutRequest ignoreLease */
        ignoreLease?: (boolean|null);
    }

    /** Represents a PutRequest. */
    class PutRequest implements IPutRequest {

        /**
         * Constructs a new PutRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IPutRequest);

        /** PutRequest key. */
        public key: Uint8Array;

        /** PutRequest value. */
        public value: Uint8Array;

        /** PutRequest lease. */
        public lease: (number|Long);

        /** PutRequest prevKv. */
        public prevKv: boolean;

        /** PutRequest ignoreValue. */
        public ignoreValue: boolean;

        /** PutRequest ignoreLease. */
        public ignoreLease: boolean;

        /**
         * Creates a new PutRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PutRequest instance
         */
        public static create(properties?: etcdserverpb.IPutRequest): etcdserverpb.PutRequest;

        /**
         * Encodes the specified PutRequest message. Does not implicitly {@link etcdserverpb.PutRequest.verify|verify} messages.
         * @param message PutRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IPutRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PutRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.PutRequest;

        /**
         * Gets the default type url for PutRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a PutResponse. */
    interface IPutResponse {

        /** PutResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** PutResponse prevKv */
        prevKv?: (mvccpb.IKeyValue|null);
    }

    /** Represents a PutResponse. */
    class PutResponse implements IPutResponse {

        /**
         * Constructs a new PutResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IPutResponse);

        /** PutResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** PutResponse prevKv. */
        public prevKv?: (mvccpb.IKeyValue|null);

        /**
         * Creates a new PutResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PutResponse instance
         */
        public static create(properties?: etcdserverpb.IPutResponse): etcdserverpb.PutResponse;

        /**
         * Encodes the specified PutResponse message. Does not implicitly {@link etcdserverpb.PutResponse.verify|verify} messages.
         * @param message PutResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IPutResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PutResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns PutResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.PutResponse;

        /**
         * Gets the default type url for PutResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DeleteRangeRequest. */
    interface IDeleteRangeRequest {

        /** DeleteRangeRequest key */
        key?: (Uint8Array|null);

        /** DeleteRangeRequest rangeEnd */
        rangeEnd?: (Uint8Array|null);

        /** DeleteRangeRequest prevKv */
        prevKv?: (boolean|null);
    }

    /** Represents a DeleteRangeRequest. */
    class DeleteRangeRequest implements IDeleteRangeRequest {

        /**
         * Constructs a new DeleteRangeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDeleteRangeRequest);

        /** DeleteRangeRequest key. */
        public key: Uint8Array;

        /** DeleteRangeRequest rangeEnd. */
        public rangeEnd: Uint8Array;

        /** DeleteRangeRequest prevKv. */
        public prevKv: boolean;

        /**
         * Creates a new DeleteRangeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeleteRangeRequest instance
         */
        public static create(properties?: etcdserverpb.IDeleteRangeRequest): etcdserverpb.DeleteRangeRequest;

        /**
         * Encodes the specified DeleteRangeRequest message. Does not implicitly {@link etcdserverpb.DeleteRangeRequest.verify|verify} messages.
         * @param message DeleteRangeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDeleteRangeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeleteRangeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DeleteRangeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DeleteRangeRequest;

        /**
         * Gets the default type url for DeleteRangeRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DeleteRangeResponse. */
    interface IDeleteRangeResponse {

        /** DeleteRangeResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** DeleteRangeResponse deleted */
        deleted?: (number|Long|null);

        /** DeleteRangeResponse prevKvs */
        prevKvs?: (mvccpb.IKeyValue[]|null);
    }

    /** Represents a DeleteRangeResponse. */
    class DeleteRangeResponse implements IDeleteRangeResponse {

        /**
         * Constructs a new DeleteRangeResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDeleteRangeResponse);

        /** DeleteRangeResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** DeleteRangeResponse deleted. */
        public deleted: (number|Long);

        /** DeleteRangeResponse prevKvs. */
        public prevKvs: mvccpb.IKeyValue[];

        /**
         * Creates a new DeleteRangeResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeleteRangeResponse instance
         */
        public static create(properties?: etcdserverpb.IDeleteRangeResponse): etcdserverpb.DeleteRangeResponse;

        /**
         * Encodes the specified DeleteRangeResponse message. Does not implicitly {@link etcdserverpb.DeleteRangeResponse.verify|verify} messages.
         * @param message DeleteRangeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDeleteRangeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeleteRangeResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DeleteRangeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DeleteRangeResponse;

        /**
         * Gets the default type url for DeleteRangeResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a RequestOp. */
    interface IRequestOp {

        /** RequestOp requestRange */
        requestRange?: (etcdserverpb.IRangeRequest|null);

        /** RequestOp requestPut */
        requestPut?: (etcdserverpb.IPutRequest|null);

        /** RequestOp requestDeleteRange */
        requestDeleteRange?: (etcdserverpb.IDeleteRangeRequest|null);

        /** RequestOp requestTxn */
        requestTxn?: (etcdserverpb.ITxnRequest|null);
    }

    /** Represents a RequestOp. */
    class RequestOp implements IRequestOp {

        /**
         * Constructs a new RequestOp.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IRequestOp);

        /** RequestOp requestRange. */
        public requestRange?: (etcdserverpb.IRangeRequest|null);

        /** RequestOp requestPut. */
        public requestPut?: (etcdserverpb.IPutRequest|null);

        /** RequestOp requestDeleteRange. */
        public requestDeleteRange?: (etcdserverpb.IDeleteRangeRequest|null);

        /** RequestOp requestTxn. */
        public requestTxn?: (etcdserverpb.ITxnRequest|null);

        /** RequestOp request. */
        public request?: ("requestRange"|"requestPut"|"requestDeleteRange"|"requestTxn");

        /**
         * Creates a new RequestOp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RequestOp instance
         */
        public static create(properties?: etcdserverpb.IRequestOp): etcdserverpb.RequestOp;

        /**
         * Encodes the specified RequestOp message. Does not implicitly {@link etcdserverpb.RequestOp.verify|verify} messages.
         * @param message RequestOp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IRequestOp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestOp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns RequestOp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.RequestOp;

        /**
         * Gets the default type url for RequestOp
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ResponseOp. */
    interface IResponseOp {

        /** ResponseOp responseRange */
        responseRange?: (etcdserverpb.IRangeResponse|null);

        /** ResponseOp responsePut */
        responsePut?: (etcdserverpb.IPutResponse|null);

        /** ResponseOp responseDeleteRange */
        responseDeleteRange?: (etcdserverpb.IDeleteRangeResponse|null);

        /** ResponseOp responseTxn */
        responseTxn?: (etcdserverpb.ITxnResponse|null);
    }

    /** Represents a ResponseOp. */
    class ResponseOp implements IResponseOp {

        /**
         * Constructs a new ResponseOp.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IResponseOp);

        /** ResponseOp responseRange. */
        public responseRange?: (etcdserverpb.IRangeResponse|null);

        /** ResponseOp responsePut. */
        public responsePut?: (etcdserverpb.IPutResponse|null);

        /** ResponseOp responseDeleteRange. */
        public responseDeleteRange?: (etcdserverpb.IDeleteRangeResponse|null);

        /** ResponseOp responseTxn. */
        public responseTxn?: (etcdserverpb.ITxnResponse|null);

        /** ResponseOp response. */
        public response?: ("responseRange"|"responsePut"|"responseDeleteRange"|"responseTxn");

        /**
         * Creates a new ResponseOp instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResponseOp instance
         */
        public static create(properties?: etcdserverpb.IResponseOp): etcdserverpb.ResponseOp;

        /**
         * Encodes the specified ResponseOp message. Does not implicitly {@link etcdserverpb.ResponseOp.verify|verify} messages.
         * @param message ResponseOp message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IResponseOp, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResponseOp message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ResponseOp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.ResponseOp;

        /**
         * Gets the default type url for ResponseOp
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Compare. */
    interface ICompare {

        /** Compare result */
        result?: (etcdserverpb.Compare.CompareResult|null);

        /** Compare target */
        target?: (etcdserverpb.Compare.CompareTarget|null);

        /** Compare key */
        key?: (Uint8Array|null);

        /** Compare version */
        version?: (number|Long|null);

        /** Compare createRevision */
        createRevision?: (number|Long|null);

        /** Compare modRevision */
        modRevision?: (number|Long|null);

        /** Compare value */
        value?: (Uint8Array|null);

        /** Compare lease */
        lease?: (number|Long|null);

        /** Compare rangeEnd */
        rangeEnd?: (Uint8Array|null);
    }

    /** Represents a Compare. */
    class Compare implements ICompare {

        /**
         * Constructs a new Compare.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ICompare);

        /** Compare result. */
        public result: etcdserverpb.Compare.CompareResult;

        /** Compare target. */
        public target: etcdserverpb.Compare.CompareTarget;

        /** Compare key. */
        public key: Uint8Array;

        /** Compare version. */
        public version?: (number|Long|null);

        /** Compare createRevision. */
        public createRevision?: (number|Long|null);

        /** Compare modRevision. */
        public modRevision?: (number|Long|null);

        /** Compare value. */
        public value?: (Uint8Array|null);

        /** Compare lease. */
        public lease?: (number|Long|null);

        /** Compare rangeEnd. */
        public rangeEnd: Uint8Array;

        /** Compare targetUnion. */
        public targetUnion?: ("version"|"createRevision"|"modRevision"|"value"|"lease");

        /**
         * Creates a new Compare instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Compare instance
         */
        public static create(properties?: etcdserverpb.ICompare): etcdserverpb.Compare;

        /**
         * Encodes the specified Compare message. Does not implicitly {@link etcdserverpb.Compare.verify|verify} messages.
         * @param message Compare message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ICompare, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Compare message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Compare
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.Compare;

        /**
         * Gets the default type url for Compare
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Compare {

        /** CompareResult enum. */
        enum CompareResult {
            EQUAL = 0,
            GREATER = 1,
            LESS = 2,
            NOT_EQUAL = 3
        }

        /** CompareTarget enum. */
        enum CompareTarget {
            VERSION = 0,
            CREATE = 1,
            MOD = 2,
            VALUE = 3,
            LEASE = 4
        }
    }

    /** Properties of a TxnRequest. */
    interface ITxnRequest {

        /** TxnRequest compare */
        compare?: (etcdserverpb.ICompare[]|null);

        /** TxnRequest success */
        success?: (etcdserverpb.IRequestOp[]|null);

        /** TxnRequest failure */
        failure?: (etcdserverpb.IRequestOp[]|null);
    }

    /** Represents a TxnRequest. */
    class TxnRequest implements ITxnRequest {

        /**
         * Constructs a new TxnRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ITxnRequest);

        /** TxnRequest compare. */
        public compare: etcdserverpb.ICompare[];

        /** TxnRequest success. */
        public success: etcdserverpb.IRequestOp[];

        /** TxnRequest failure. */
        public failure: etcdserverpb.IRequestOp[];

        /**
         * Creates a new TxnRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TxnRequest instance
         */
        public static create(properties?: etcdserverpb.ITxnRequest): etcdserverpb.TxnRequest;

        /**
         * Encodes the specified TxnRequest message. Does not implicitly {@link etcdserverpb.TxnRequest.verify|verify} messages.
         * @param message TxnRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ITxnRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TxnRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns TxnRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.TxnRequest;

        /**
         * Gets the default type url for TxnRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a TxnResponse. */
    interface ITxnResponse {

        /** TxnResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** TxnResponse succeeded */
        succeeded?: (boolean|null);

        /** TxnResponse responses */
        responses?: (etcdserverpb.IResponseOp[]|null);
    }

    /** Represents a TxnResponse. */
    class TxnResponse implements ITxnResponse {

        /**
         * Constructs a new TxnResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ITxnResponse);

        /** TxnResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** TxnResponse succeeded. */
        public succeeded: boolean;

        /** TxnResponse responses. */
        public responses: etcdserverpb.IResponseOp[];

        /**
         * Creates a new TxnResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TxnResponse instance
         */
        public static create(properties?: etcdserverpb.ITxnResponse): etcdserverpb.TxnResponse;

        /**
         * Encodes the specified TxnResponse message. Does not implicitly {@link etcdserverpb.TxnResponse.verify|verify} messages.
         * @param message TxnResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ITxnResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TxnResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns TxnResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.TxnResponse;

        /**
         * Gets the default type url for TxnResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CompactionRequest. */
    interface ICompactionRequest {

        /** CompactionRequest revision */
        revision?: (number|Long|null);

        /** CompactionRequest physical */
        physical?: (boolean|null);
    }

    /** Represents a CompactionRequest. */
    class CompactionRequest implements ICompactionRequest {

        /**
         * Constructs a new CompactionRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ICompactionRequest);

        /** CompactionRequest revision. */
        public revision: (number|Long);

        /** CompactionRequest physical. */
        public physical: boolean;

        /**
         * Creates a new CompactionRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CompactionRequest instance
         */
        public static create(properties?: etcdserverpb.ICompactionRequest): etcdserverpb.CompactionRequest;

        /**
         * Encodes the specified CompactionRequest message. Does not implicitly {@link etcdserverpb.CompactionRequest.verify|verify} messages.
         * @param message CompactionRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ICompactionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CompactionRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CompactionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.CompactionRequest;

        /**
         * Gets the default type url for CompactionRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a CompactionResponse. */
    interface ICompactionResponse {

        /** CompactionResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a CompactionResponse. */
    class CompactionResponse implements ICompactionResponse {

        /**
         * Constructs a new CompactionResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ICompactionResponse);

        /** CompactionResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new CompactionResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CompactionResponse instance
         */
        public static create(properties?: etcdserverpb.ICompactionResponse): etcdserverpb.CompactionResponse;

        /**
         * Encodes the specified CompactionResponse message. Does not implicitly {@link etcdserverpb.CompactionResponse.verify|verify} messages.
         * @param message CompactionResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ICompactionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CompactionResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns CompactionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.CompactionResponse;

        /**
         * Gets the default type url for CompactionResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HashRequest. */
    interface IHashRequest {
    }

    /** Represents a HashRequest. */
    class HashRequest implements IHashRequest {

        /**
         * Constructs a new HashRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IHashRequest);

        /**
         * Creates a new HashRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HashRequest instance
         */
        public static create(properties?: etcdserverpb.IHashRequest): etcdserverpb.HashRequest;

        /**
         * Encodes the specified HashRequest message. Does not implicitly {@link etcdserverpb.HashRequest.verify|verify} messages.
         * @param message HashRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IHashRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HashRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HashRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.HashRequest;

        /**
         * Gets the default type url for HashRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HashKVRequest. */
    interface IHashKVRequest {

        /** HashKVRequest revision */
        revision?: (number|Long|null);
    }

    /** Represents a HashKVRequest. */
    class HashKVRequest implements IHashKVRequest {

        /**
         * Constructs a new HashKVRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IHashKVRequest);

        /** HashKVRequest revision. */
        public revision: (number|Long);

        /**
         * Creates a new HashKVRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HashKVRequest instance
         */
        public static create(properties?: etcdserverpb.IHashKVRequest): etcdserverpb.HashKVRequest;

        /**
         * Encodes the specified HashKVRequest message. Does not implicitly {@link etcdserverpb.HashKVRequest.verify|verify} messages.
         * @param message HashKVRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IHashKVRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HashKVRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HashKVRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.HashKVRequest;

        /**
         * Gets the default type url for HashKVRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HashKVResponse. */
    interface IHashKVResponse {

        /** HashKVResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** HashKVResponse hash */
        hash?: (number|null);

        /** HashKVResponse compactRevision */
        compactRevision?: (number|Long|null);
    }

    /** Represents a HashKVResponse. */
    class HashKVResponse implements IHashKVResponse {

        /**
         * Constructs a new HashKVResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IHashKVResponse);

        /** HashKVResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** HashKVResponse hash. */
        public hash: number;

        /** HashKVResponse compactRevision. */
        public compactRevision: (number|Long);

        /**
         * Creates a new HashKVResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HashKVResponse instance
         */
        public static create(properties?: etcdserverpb.IHashKVResponse): etcdserverpb.HashKVResponse;

        /**
         * Encodes the specified HashKVResponse message. Does not implicitly {@link etcdserverpb.HashKVResponse.verify|verify} messages.
         * @param message HashKVResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IHashKVResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HashKVResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HashKVResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.HashKVResponse;

        /**
         * Gets the default type url for HashKVResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a HashResponse. */
    interface IHashResponse {

        /** HashResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** HashResponse hash */
        hash?: (number|null);
    }

    /** Represents a HashResponse. */
    class HashResponse implements IHashResponse {

        /**
         * Constructs a new HashResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IHashResponse);

        /** HashResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** HashResponse hash. */
        public hash: number;

        /**
         * Creates a new HashResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HashResponse instance
         */
        public static create(properties?: etcdserverpb.IHashResponse): etcdserverpb.HashResponse;

        /**
         * Encodes the specified HashResponse message. Does not implicitly {@link etcdserverpb.HashResponse.verify|verify} messages.
         * @param message HashResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IHashResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HashResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns HashResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.HashResponse;

        /**
         * Gets the default type url for HashResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SnapshotRequest. */
    interface ISnapshotRequest {
    }

    /** Represents a SnapshotRequest. */
    class SnapshotRequest implements ISnapshotRequest {

        /**
         * Constructs a new SnapshotRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ISnapshotRequest);

        /**
         * Creates a new SnapshotRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotRequest instance
         */
        public static create(properties?: etcdserverpb.ISnapshotRequest): etcdserverpb.SnapshotRequest;

        /**
         * Encodes the specified SnapshotRequest message. Does not implicitly {@link etcdserverpb.SnapshotRequest.verify|verify} messages.
         * @param message SnapshotRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ISnapshotRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SnapshotRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.SnapshotRequest;

        /**
         * Gets the default type url for SnapshotRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SnapshotResponse. */
    interface ISnapshotResponse {

        /** SnapshotResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** SnapshotResponse remainingBytes */
        remainingBytes?: (number|Long|null);

        /** SnapshotResponse blob */
        blob?: (Uint8Array|null);
    }

    /** Represents a SnapshotResponse. */
    class SnapshotResponse implements ISnapshotResponse {

        /**
         * Constructs a new SnapshotResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ISnapshotResponse);

        /** SnapshotResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** SnapshotResponse remainingBytes. */
        public remainingBytes: (number|Long);

        /** SnapshotResponse blob. */
        public blob: Uint8Array;

        /**
         * Creates a new SnapshotResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotResponse instance
         */
        public static create(properties?: etcdserverpb.ISnapshotResponse): etcdserverpb.SnapshotResponse;

        /**
         * Encodes the specified SnapshotResponse message. Does not implicitly {@link etcdserverpb.SnapshotResponse.verify|verify} messages.
         * @param message SnapshotResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ISnapshotResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SnapshotResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.SnapshotResponse;

        /**
         * Gets the default type url for SnapshotResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WatchRequest. */
    interface IWatchRequest {

        /** WatchRequest createRequest */
        createRequest?: (etcdserverpb.IWatchCreateRequest|null);

        /** WatchRequest cancelRequest */
        cancelRequest?: (etcdserverpb.IWatchCancelRequest|null);

        /** WatchRequest progressRequest */
        progressRequest?: (etcdserverpb.IWatchProgressRequest|null);
    }

    /** Represents a WatchRequest. */
    class WatchRequest implements IWatchRequest {

        /**
         * Constructs a new WatchRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IWatchRequest);

        /** WatchRequest createRequest. */
        public createRequest?: (etcdserverpb.IWatchCreateRequest|null);

        /** WatchRequest cancelRequest. */
        public cancelRequest?: (etcdserverpb.IWatchCancelRequest|null);

        /** WatchRequest progressRequest. */
        public progressRequest?: (etcdserverpb.IWatchProgressRequest|null);

        /** WatchRequest requestUnion. */
        public requestUnion?: ("createRequest"|"cancelRequest"|"progressRequest");

        /**
         * Creates a new WatchRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WatchRequest instance
         */
        public static create(properties?: etcdserverpb.IWatchRequest): etcdserverpb.WatchRequest;

        /**
         * Encodes the specified WatchRequest message. Does not implicitly {@link etcdserverpb.WatchRequest.verify|verify} messages.
         * @param message WatchRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IWatchRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WatchRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.WatchRequest;

        /**
         * Gets the default type url for WatchRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WatchCreateRequest. */
    interface IWatchCreateRequest {

        /** WatchCreateRequest key */
        key?: (Uint8Array|null);

        /** WatchCreateRequest rangeEnd */
        rangeEnd?: (Uint8Array|null);

        /** WatchCreateRequest startRevision */
        startRevision?: (number|Long|null);

        /** WatchCreateRequest progressNotify */
        progressNotify?: (boolean|null);

        /** WatchCreateRequest filters */
        filters?: (etcdserverpb.WatchCreateRequest.FilterType[]|null);

        /** WatchCreateRequest prevKv */
        prevKv?: (boolean|null);

        /** WatchCreateRequest watchId */
        watchId?: (number|Long|null);

        /** WatchCreateRequest fragment */
        fragment?: (boolean|null);
    }

    /** Represents a WatchCreateRequest. */
    class WatchCreateRequest implements IWatchCreateRequest {

        /**
         * Constructs a new WatchCreateRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IWatchCreateRequest);

        /** WatchCreateRequest key. */
        public key: Uint8Array;

        /** WatchCreateRequest rangeEnd. */
        public rangeEnd: Uint8Array;

        /** WatchCreateRequest startRevision. */
        public startRevision: (number|Long);

        /** WatchCreateRequest progressNotify. */
        public progressNotify: boolean;

        /** WatchCreateRequest filters. */
        public filters: etcdserverpb.WatchCreateRequest.FilterType[];

        /** WatchCreateRequest prevKv. */
        public prevKv: boolean;

        /** WatchCreateRequest watchId. */
        public watchId: (number|Long);

        /** WatchCreateRequest fragment. */
        public fragment: boolean;

        /**
         * Creates a new WatchCreateRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WatchCreateRequest instance
         */
        public static create(properties?: etcdserverpb.IWatchCreateRequest): etcdserverpb.WatchCreateRequest;

        /**
         * Encodes the specified WatchCreateRequest message. Does not implicitly {@link etcdserverpb.WatchCreateRequest.verify|verify} messages.
         * @param message WatchCreateRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IWatchCreateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchCreateRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WatchCreateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.WatchCreateRequest;

        /**
         * Gets the default type url for WatchCreateRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace WatchCreateRequest {

        /** FilterType enum. */
        enum FilterType {
            NOPUT = 0,
            NODELETE = 1
        }
    }

    /** Properties of a WatchCancelRequest. */
    interface IWatchCancelRequest {

        /** WatchCancelRequest watchId */
        watchId?: (number|Long|null);
    }

    /** Represents a WatchCancelRequest. */
    class WatchCancelRequest implements IWatchCancelRequest {

        /**
         * Constructs a new WatchCancelRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IWatchCancelRequest);

        /** WatchCancelRequest watchId. */
        public watchId: (number|Long);

        /**
         * Creates a new WatchCancelRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WatchCancelRequest instance
         */
        public static create(properties?: etcdserverpb.IWatchCancelRequest): etcdserverpb.WatchCancelRequest;

        /**
         * Encodes the specified WatchCancelRequest message. Does not implicitly {@link etcdserverpb.WatchCancelRequest.verify|verify} messages.
         * @param message WatchCancelRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IWatchCancelRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchCancelRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WatchCancelRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.WatchCancelRequest;

        /**
         * Gets the default type url for WatchCancelRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WatchProgressRequest. */
    interface IWatchProgressRequest {
    }

    /** Represents a WatchProgressRequest. */
    class WatchProgressRequest implements IWatchProgressRequest {

        /**
         * Constructs a new WatchProgressRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IWatchProgressRequest);

        /**
         * Creates a new WatchProgressRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WatchProgressRequest instance
         */
        public static create(properties?: etcdserverpb.IWatchProgressRequest): etcdserverpb.WatchProgressRequest;

        /**
         * Encodes the specified WatchProgressRequest message. Does not implicitly {@link etcdserverpb.WatchProgressRequest.verify|verify} messages.
         * @param message WatchProgressRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IWatchProgressRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchProgressRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WatchProgressRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.WatchProgressRequest;

        /**
         * Gets the default type url for WatchProgressRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WatchResponse. */
    interface IWatchResponse {

        /** WatchResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** WatchResponse watchId */
        watchId?: (number|Long|null);

        /** WatchResponse created */
        created?: (boolean|null);

        /** WatchResponse canceled */
        canceled?: (boolean|null);

        /** WatchResponse compactRevision */
        compactRevision?: (number|Long|null);

        /** WatchResponse cancelReason */
        cancelReason?: (string|null);

        /** WatchResponse fragment */
        fragment?: (boolean|null);

        /** WatchResponse events */
        events?: (mvccpb.IEvent[]|null);
    }

    /** Represents a WatchResponse. */
    class WatchResponse implements IWatchResponse {

        /**
         * Constructs a new WatchResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IWatchResponse);

        /** WatchResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** WatchResponse watchId. */
        public watchId: (number|Long);

        /** WatchResponse created. */
        public created: boolean;

        /** WatchResponse canceled. */
        public canceled: boolean;

        /** WatchResponse compactRevision. */
        public compactRevision: (number|Long);

        /** WatchResponse cancelReason. */
        public cancelReason: string;

        /** WatchResponse fragment. */
        public fragment: boolean;

        /** WatchResponse events. */
        public events: mvccpb.IEvent[];

        /**
         * Creates a new WatchResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WatchResponse instance
         */
        public static create(properties?: etcdserverpb.IWatchResponse): etcdserverpb.WatchResponse;

        /**
         * Encodes the specified WatchResponse message. Does not implicitly {@link etcdserverpb.WatchResponse.verify|verify} messages.
         * @param message WatchResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IWatchResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WatchResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.WatchResponse;

        /**
         * Gets the default type url for WatchResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseGrantRequest. */
    interface ILeaseGrantRequest {

        /** LeaseGrantRequest TTL */
        TTL?: (number|Long|null);

        /** LeaseGrantRequest ID */
        ID?: (number|Long|null);
    }

    /** Represents a LeaseGrantRequest. */
    class LeaseGrantRequest implements ILeaseGrantRequest {

        /**
         * Constructs a new LeaseGrantRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseGrantRequest);

        /** LeaseGrantRequest TTL. */
        public TTL: (number|Long);

        /** LeaseGrantRequest ID. */
        public ID: (number|Long);

        /**
         * Creates a new LeaseGrantRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseGrantRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseGrantRequest): etcdserverpb.LeaseGrantRequest;

        /**
         * Encodes the specified LeaseGrantRequest message. Does not implicitly {@link etcdserverpb.LeaseGrantRequest.verify|verify} messages.
         * @param message LeaseGrantRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseGrantRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseGrantRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseGrantRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseGrantRequest;

        /**
         * Gets the default type url for LeaseGrantRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseGrantResponse. */
    interface ILeaseGrantResponse {

        /** LeaseGrantResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseGrantResponse ID */
        ID?: (number|Long|null);

        /** LeaseGrantResponse TTL */
        TTL?: (number|Long|null);

        /** LeaseGrantResponse error */
        error?: (string|null);
    }

    /** Represents a LeaseGrantResponse. */
    class LeaseGrantResponse implements ILeaseGrantResponse {

        /**
         * Constructs a new LeaseGrantResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseGrantResponse);

        /** LeaseGrantResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseGrantResponse ID. */
        public ID: (number|Long);

        /** LeaseGrantResponse TTL. */
        public TTL: (number|Long);

        /** LeaseGrantResponse error. */
        public error: string;

        /**
         * Creates a new LeaseGrantResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseGrantResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseGrantResponse): etcdserverpb.LeaseGrantResponse;

        /**
         * Encodes the specified LeaseGrantResponse message. Does not implicitly {@link etcdserverpb.LeaseGrantResponse.verify|verify} messages.
         * @param message LeaseGrantResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseGrantResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseGrantResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseGrantResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseGrantResponse;

        /**
         * Gets the default type url for LeaseGrantResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseRevokeRequest. */
    interface ILeaseRevokeRequest {

        /** LeaseRevokeRequest ID */
        ID?: (number|Long|null);
    }

    /** Represents a LeaseRevokeRequest. */
    class LeaseRevokeRequest implements ILeaseRevokeRequest {

        /**
         * Constructs a new LeaseRevokeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseRevokeRequest);

        /** LeaseRevokeRequest ID. */
        public ID: (number|Long);

        /**
         * Creates a new LeaseRevokeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseRevokeRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseRevokeRequest): etcdserverpb.LeaseRevokeRequest;

        /**
         * Encodes the specified LeaseRevokeRequest message. Does not implicitly {@link etcdserverpb.LeaseRevokeRequest.verify|verify} messages.
         * @param message LeaseRevokeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseRevokeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseRevokeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseRevokeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseRevokeRequest;

        /**
         * Gets the default type url for LeaseRevokeRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseRevokeResponse. */
    interface ILeaseRevokeResponse {

        /** LeaseRevokeResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a LeaseRevokeResponse. */
    class LeaseRevokeResponse implements ILeaseRevokeResponse {

        /**
         * Constructs a new LeaseRevokeResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseRevokeResponse);

        /** LeaseRevokeResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new LeaseRevokeResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseRevokeResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseRevokeResponse): etcdserverpb.LeaseRevokeResponse;

        /**
         * Encodes the specified LeaseRevokeResponse message. Does not implicitly {@link etcdserverpb.LeaseRevokeResponse.verify|verify} messages.
         * @param message LeaseRevokeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseRevokeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseRevokeResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseRevokeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseRevokeResponse;

        /**
         * Gets the default type url for LeaseRevokeResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseCheckpoint. */
    interface ILeaseCheckpoint {

        /** LeaseCheckpoint ID */
        ID?: (number|Long|null);

        /** LeaseCheckpoint remaining_TTL */
        remaining_TTL?: (number|Long|null);
    }

    /** Represents a LeaseCheckpoint. */
    class LeaseCheckpoint implements ILeaseCheckpoint {

        /**
         * Constructs a new LeaseCheckpoint.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseCheckpoint);

        /** LeaseCheckpoint ID. */
        public ID: (number|Long);

        /** LeaseCheckpoint remaining_TTL. */
        public remaining_TTL: (number|Long);

        /**
         * Creates a new LeaseCheckpoint instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseCheckpoint instance
         */
        public static create(properties?: etcdserverpb.ILeaseCheckpoint): etcdserverpb.LeaseCheckpoint;

        /**
         * Encodes the specified LeaseCheckpoint message. Does not implicitly {@link etcdserverpb.LeaseCheckpoint.verify|verify} messages.
         * @param message LeaseCheckpoint message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseCheckpoint, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseCheckpoint message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseCheckpoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseCheckpoint;

        /**
         * Gets the default type url for LeaseCheckpoint
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseCheckpointRequest. */
    interface ILeaseCheckpointRequest {

        /** LeaseCheckpointRequest checkpoints */
        checkpoints?: (etcdserverpb.ILeaseCheckpoint[]|null);
    }

    /** Represents a LeaseCheckpointRequest. */
    class LeaseCheckpointRequest implements ILeaseCheckpointRequest {

        /**
         * Constructs a new LeaseCheckpointRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseCheckpointRequest);

        /** LeaseCheckpointRequest checkpoints. */
        public checkpoints: etcdserverpb.ILeaseCheckpoint[];

        /**
         * Creates a new LeaseCheckpointRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseCheckpointRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseCheckpointRequest): etcdserverpb.LeaseCheckpointRequest;

        /**
         * Encodes the specified LeaseCheckpointRequest message. Does not implicitly {@link etcdserverpb.LeaseCheckpointRequest.verify|verify} messages.
         * @param message LeaseCheckpointRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseCheckpointRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseCheckpointRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseCheckpointRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseCheckpointRequest;

        /**
         * Gets the default type url for LeaseCheckpointRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseCheckpointResponse. */
    interface ILeaseCheckpointResponse {

        /** LeaseCheckpointResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a LeaseCheckpointResponse. */
    class LeaseCheckpointResponse implements ILeaseCheckpointResponse {

        /**
         * Constructs a new LeaseCheckpointResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseCheckpointResponse);

        /** LeaseCheckpointResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new LeaseCheckpointResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseCheckpointResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseCheckpointResponse): etcdserverpb.LeaseCheckpointResponse;

        /**
         * Encodes the specified LeaseCheckpointResponse message. Does not implicitly {@link etcdserverpb.LeaseCheckpointResponse.verify|verify} messages.
         * @param message LeaseCheckpointResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseCheckpointResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseCheckpointResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseCheckpointResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseCheckpointResponse;

        /**
         * Gets the default type url for LeaseCheckpointResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseKeepAliveRequest. */
    interface ILeaseKeepAliveRequest {

        /** LeaseKeepAliveRequest ID */
        ID?: (number|Long|null);
    }

    /** Represents a LeaseKeepAliveRequest. */
    class LeaseKeepAliveRequest implements ILeaseKeepAliveRequest {

        /**
         * Constructs a new LeaseKeepAliveRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseKeepAliveRequest);

        /** LeaseKeepAliveRequest ID. */
        public ID: (number|Long);

        /**
         * Creates a new LeaseKeepAliveRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseKeepAliveRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseKeepAliveRequest): etcdserverpb.LeaseKeepAliveRequest;

        /**
         * Encodes the specified LeaseKeepAliveRequest message. Does not implicitly {@link etcdserverpb.LeaseKeepAliveRequest.verify|verify} messages.
         * @param message LeaseKeepAliveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseKeepAliveRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseKeepAliveRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseKeepAliveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseKeepAliveRequest;

        /**
         * Gets the default type url for LeaseKeepAliveRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseKeepAliveResponse. */
    interface ILeaseKeepAliveResponse {

        /** LeaseKeepAliveResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseKeepAliveResponse ID */
        ID?: (number|Long|null);

        /** LeaseKeepAliveResponse TTL */
        TTL?: (number|Long|null);
    }

    /** Represents a LeaseKeepAliveResponse. */
    class LeaseKeepAliveResponse implements ILeaseKeepAliveResponse {

        /**
         * Constructs a new LeaseKeepAliveResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseKeepAliveResponse);

        /** LeaseKeepAliveResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseKeepAliveResponse ID. */
        public ID: (number|Long);

        /** LeaseKeepAliveResponse TTL. */
        public TTL: (number|Long);

        /**
         * Creates a new LeaseKeepAliveResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseKeepAliveResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseKeepAliveResponse): etcdserverpb.LeaseKeepAliveResponse;

        /**
         * Encodes the specified LeaseKeepAliveResponse message. Does not implicitly {@link etcdserverpb.LeaseKeepAliveResponse.verify|verify} messages.
         * @param message LeaseKeepAliveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseKeepAliveResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseKeepAliveResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseKeepAliveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseKeepAliveResponse;

        /**
         * Gets the default type url for LeaseKeepAliveResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseTimeToLiveRequest. */
    interface ILeaseTimeToLiveRequest {

        /** LeaseTimeToLiveRequest ID */
        ID?: (number|Long|null);

        /** LeaseTimeToLiveRequest keys */
        keys?: (boolean|null);
    }

    /** Represents a LeaseTimeToLiveRequest. */
    class LeaseTimeToLiveRequest implements ILeaseTimeToLiveRequest {

        /**
         * Constructs a new LeaseTimeToLiveRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseTimeToLiveRequest);

        /** LeaseTimeToLiveRequest ID. */
        public ID: (number|Long);

        /** LeaseTimeToLiveRequest keys. */
        public keys: boolean;

        /**
         * Creates a new LeaseTimeToLiveRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseTimeToLiveRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseTimeToLiveRequest): etcdserverpb.LeaseTimeToLiveRequest;

        /**
         * Encodes the specified LeaseTimeToLiveRequest message. Does not implicitly {@link etcdserverpb.LeaseTimeToLiveRequest.verify|verify} messages.
         * @param message LeaseTimeToLiveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseTimeToLiveRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseTimeToLiveRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseTimeToLiveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseTimeToLiveRequest;

        /**
         * Gets the default type url for LeaseTimeToLiveRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseTimeToLiveResponse. */
    interface ILeaseTimeToLiveResponse {

        /** LeaseTimeToLiveResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseTimeToLiveResponse ID */
        ID?: (number|Long|null);

        /** LeaseTimeToLiveResponse TTL */
        TTL?: (number|Long|null);

        /** LeaseTimeToLiveResponse grantedTTL */
        grantedTTL?: (number|Long|null);

        /** LeaseTimeToLiveResponse keys */
        keys?: (Uint8Array[]|null);
    }

    /** Represents a LeaseTimeToLiveResponse. */
    class LeaseTimeToLiveResponse implements ILeaseTimeToLiveResponse {

        /**
         * Constructs a new LeaseTimeToLiveResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseTimeToLiveResponse);

        /** LeaseTimeToLiveResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseTimeToLiveResponse ID. */
        public ID: (number|Long);

        /** LeaseTimeToLiveResponse TTL. */
        public TTL: (number|Long);

        /** LeaseTimeToLiveResponse grantedTTL. */
        public grantedTTL: (number|Long);

        /** LeaseTimeToLiveResponse keys. */
        public keys: Uint8Array[];

        /**
         * Creates a new LeaseTimeToLiveResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseTimeToLiveResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseTimeToLiveResponse): etcdserverpb.LeaseTimeToLiveResponse;

        /**
         * Encodes the specified LeaseTimeToLiveResponse message. Does not implicitly {@link etcdserverpb.LeaseTimeToLiveResponse.verify|verify} messages.
         * @param message LeaseTimeToLiveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseTimeToLiveResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseTimeToLiveResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseTimeToLiveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseTimeToLiveResponse;

        /**
         * Gets the default type url for LeaseTimeToLiveResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseLeasesRequest. */
    interface ILeaseLeasesRequest {
    }

    /** Represents a LeaseLeasesRequest. */
    class LeaseLeasesRequest implements ILeaseLeasesRequest {

        /**
         * Constructs a new LeaseLeasesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseLeasesRequest);

        /**
         * Creates a new LeaseLeasesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseLeasesRequest instance
         */
        public static create(properties?: etcdserverpb.ILeaseLeasesRequest): etcdserverpb.LeaseLeasesRequest;

        /**
         * Encodes the specified LeaseLeasesRequest message. Does not implicitly {@link etcdserverpb.LeaseLeasesRequest.verify|verify} messages.
         * @param message LeaseLeasesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseLeasesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseLeasesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseLeasesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseLeasesRequest;

        /**
         * Gets the default type url for LeaseLeasesRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseStatus. */
    interface ILeaseStatus {

        /** LeaseStatus ID */
        ID?: (number|Long|null);
    }

    /** Represents a LeaseStatus. */
    class LeaseStatus implements ILeaseStatus {

        /**
         * Constructs a new LeaseStatus.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseStatus);

        /** LeaseStatus ID. */
        public ID: (number|Long);

        /**
         * Creates a new LeaseStatus instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseStatus instance
         */
        public static create(properties?: etcdserverpb.ILeaseStatus): etcdserverpb.LeaseStatus;

        /**
         * Encodes the specified LeaseStatus message. Does not implicitly {@link etcdserverpb.LeaseStatus.verify|verify} messages.
         * @param message LeaseStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseStatus, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseStatus message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseStatus;

        /**
         * Gets the default type url for LeaseStatus
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a LeaseLeasesResponse. */
    interface ILeaseLeasesResponse {

        /** LeaseLeasesResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseLeasesResponse leases */
        leases?: (etcdserverpb.ILeaseStatus[]|null);
    }

    /** Represents a LeaseLeasesResponse. */
    class LeaseLeasesResponse implements ILeaseLeasesResponse {

        /**
         * Constructs a new LeaseLeasesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.ILeaseLeasesResponse);

        /** LeaseLeasesResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** LeaseLeasesResponse leases. */
        public leases: etcdserverpb.ILeaseStatus[];

        /**
         * Creates a new LeaseLeasesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeaseLeasesResponse instance
         */
        public static create(properties?: etcdserverpb.ILeaseLeasesResponse): etcdserverpb.LeaseLeasesResponse;

        /**
         * Encodes the specified LeaseLeasesResponse message. Does not implicitly {@link etcdserverpb.LeaseLeasesResponse.verify|verify} messages.
         * @param message LeaseLeasesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.ILeaseLeasesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeaseLeasesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns LeaseLeasesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.LeaseLeasesResponse;

        /**
         * Gets the default type url for LeaseLeasesResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Member. */
    interface IMember {

        /** Member ID */
        ID?: (number|Long|null);

        /** Member name */
        name?: (string|null);

        /** Member peerURLs */
        peerURLs?: (string[]|null);

        /** Member clientURLs */
        clientURLs?: (string[]|null);

        /** Member isLearner */
        isLearner?: (boolean|null);
    }

    /** Represents a Member. */
    class Member implements IMember {

        /**
         * Constructs a new Member.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMember);

        /** Member ID. */
        public ID: (number|Long);

        /** Member name. */
        public name: string;

        /** Member peerURLs. */
        public peerURLs: string[];

        /** Member clientURLs. */
        public clientURLs: string[];

        /** Member isLearner. */
        public isLearner: boolean;

        /**
         * Creates a new Member instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Member instance
         */
        public static create(properties?: etcdserverpb.IMember): etcdserverpb.Member;

        /**
         * Encodes the specified Member message. Does not implicitly {@link etcdserverpb.Member.verify|verify} messages.
         * @param message Member message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMember, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.Member;

        /**
         * Gets the default type url for Member
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberAddRequest. */
    interface IMemberAddRequest {

        /** MemberAddRequest peerURLs */
        peerURLs?: (string[]|null);

        /** MemberAddRequest isLearner */
        isLearner?: (boolean|null);
    }

    /** Represents a MemberAddRequest. */
    class MemberAddRequest implements IMemberAddRequest {

        /**
         * Constructs a new MemberAddRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberAddRequest);

        /** MemberAddRequest peerURLs. */
        public peerURLs: string[];

        /** MemberAddRequest isLearner. */
        public isLearner: boolean;

        /**
         * Creates a new MemberAddRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberAddRequest instance
         */
        public static create(properties?: etcdserverpb.IMemberAddRequest): etcdserverpb.MemberAddRequest;

        /**
         * Encodes the specified MemberAddRequest message. Does not implicitly {@link etcdserverpb.MemberAddRequest.verify|verify} messages.
         * @param message MemberAddRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberAddRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberAddRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberAddRequest;

        /**
         * Gets the default type url for MemberAddRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberAddResponse. */
    interface IMemberAddResponse {

        /** MemberAddResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** MemberAddResponse member */
        member?: (etcdserverpb.IMember|null);

        /** MemberAddResponse members */
        members?: (etcdserverpb.IMember[]|null);
    }

    /** Represents a MemberAddResponse. */
    class MemberAddResponse implements IMemberAddResponse {

        /**
         * Constructs a new MemberAddResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberAddResponse);

        /** MemberAddResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** MemberAddResponse member. */
        public member?: (etcdserverpb.IMember|null);

        /** MemberAddResponse members. */
        public members: etcdserverpb.IMember[];

        /**
         * Creates a new MemberAddResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberAddResponse instance
         */
        public static create(properties?: etcdserverpb.IMemberAddResponse): etcdserverpb.MemberAddResponse;

        /**
         * Encodes the specified MemberAddResponse message. Does not implicitly {@link etcdserverpb.MemberAddResponse.verify|verify} messages.
         * @param message MemberAddResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberAddResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberAddResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberAddResponse;

        /**
         * Gets the default type url for MemberAddResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberRemoveRequest. */
    interface IMemberRemoveRequest {

        /** MemberRemoveRequest ID */
        ID?: (number|Long|null);
    }

    /** Represents a MemberRemoveRequest. */
    class MemberRemoveRequest implements IMemberRemoveRequest {

        /**
         * Constructs a new MemberRemoveRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberRemoveRequest);

        /** MemberRemoveRequest ID. */
        public ID: (number|Long);

        /**
         * Creates a new MemberRemoveRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberRemoveRequest instance
         */
        public static create(properties?: etcdserverpb.IMemberRemoveRequest): etcdserverpb.MemberRemoveRequest;

        /**
         * Encodes the specified MemberRemoveRequest message. Does not implicitly {@link etcdserverpb.MemberRemoveRequest.verify|verify} messages.
         * @param message MemberRemoveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberRemoveRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberRemoveRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberRemoveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberRemoveRequest;

        /**
         * Gets the default type url for MemberRemoveRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberRemoveResponse. */
    interface IMemberRemoveResponse {

        /** MemberRemoveResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** MemberRemoveResponse members */
        members?: (etcdserverpb.IMember[]|null);
    }

    /** Represents a MemberRemoveResponse. */
    class MemberRemoveResponse implements IMemberRemoveResponse {

        /**
         * Constructs a new MemberRemoveResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberRemoveResponse);

        /** MemberRemoveResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** MemberRemoveResponse members. */
        public members: etcdserverpb.IMember[];

        /**
         * Creates a new MemberRemoveResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberRemoveResponse instance
         */
        public static create(properties?: etcdserverpb.IMemberRemoveResponse): etcdserverpb.MemberRemoveResponse;

        /**
         * Encodes the specified MemberRemoveResponse message. Does not implicitly {@link etcdserverpb.MemberRemoveResponse.verify|verify} messages.
         * @param message MemberRemoveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberRemoveResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberRemoveResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberRemoveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberRemoveResponse;

        /**
         * Gets the default type url for MemberRemoveResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberUpdateRequest. */
    interface IMemberUpdateRequest {

        /** MemberUpdateRequest ID */
        ID?: (number|Long|null);

        /** MemberUpdateRequest peerURLs */
        peerURLs?: (string[]|null);
    }

    /** Represents a MemberUpdateRequest. */
    class MemberUpdateRequest implements IMemberUpdateRequest {

        /**
         * Constructs a new MemberUpdateRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberUpdateRequest);

        /** MemberUpdateRequest ID. */
        public ID: (number|Long);

        /** MemberUpdateRequest peerURLs. */
        public peerURLs: string[];

        /**
         * Creates a new MemberUpdateRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberUpdateRequest instance
         */
        public static create(properties?: etcdserverpb.IMemberUpdateRequest): etcdserverpb.MemberUpdateRequest;

        /**
         * Encodes the specified MemberUpdateRequest message. Does not implicitly {@link etcdserverpb.MemberUpdateRequest.verify|verify} messages.
         * @param message MemberUpdateRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberUpdateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberUpdateRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberUpdateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberUpdateRequest;

        /**
         * Gets the default type url for MemberUpdateRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberUpdateResponse. */
    interface IMemberUpdateResponse {

        /** MemberUpdateResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** MemberUpdateResponse members */
        members?: (etcdserverpb.IMember[]|null);
    }

    /** Represents a MemberUpdateResponse. */
    class MemberUpdateResponse implements IMemberUpdateResponse {

        /**
         * Constructs a new MemberUpdateResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberUpdateResponse);

        /** MemberUpdateResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** MemberUpdateResponse members. */
        public members: etcdserverpb.IMember[];

        /**
         * Creates a new MemberUpdateResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberUpdateResponse instance
         */
        public static create(properties?: etcdserverpb.IMemberUpdateResponse): etcdserverpb.MemberUpdateResponse;

        /**
         * Encodes the specified MemberUpdateResponse message. Does not implicitly {@link etcdserverpb.MemberUpdateResponse.verify|verify} messages.
         * @param message MemberUpdateResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberUpdateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberUpdateResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberUpdateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberUpdateResponse;

        /**
         * Gets the default type url for MemberUpdateResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberListRequest. */
    interface IMemberListRequest {

        /** MemberListRequest linearizable */
        linearizable?: (boolean|null);
    }

    /** Represents a MemberListRequest. */
    class MemberListRequest implements IMemberListRequest {

        /**
         * Constructs a new MemberListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberListRequest);

        /** MemberListRequest linearizable. */
        public linearizable: boolean;

        /**
         * Creates a new MemberListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberListRequest instance
         */
        public static create(properties?: etcdserverpb.IMemberListRequest): etcdserverpb.MemberListRequest;

        /**
         * Encodes the specified MemberListRequest message. Does not implicitly {@link etcdserverpb.MemberListRequest.verify|verify} messages.
         * @param message MemberListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberListRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberListRequest;

        /**
         * Gets the default type url for MemberListRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberListResponse. */
    interface IMemberListResponse {

        /** MemberListResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** MemberListResponse members */
        members?: (etcdserverpb.IMember[]|null);
    }

    /** Represents a MemberListResponse. */
    class MemberListResponse implements IMemberListResponse {

        /**
         * Constructs a new MemberListResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberListResponse);

        /** MemberListResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** MemberListResponse members. */
        public members: etcdserverpb.IMember[];

        /**
         * Creates a new MemberListResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberListResponse instance
         */
        public static create(properties?: etcdserverpb.IMemberListResponse): etcdserverpb.MemberListResponse;

        /**
         * Encodes the specified MemberListResponse message. Does not implicitly {@link etcdserverpb.MemberListResponse.verify|verify} messages.
         * @param message MemberListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberListResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberListResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberListResponse;

        /**
         * Gets the default type url for MemberListResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberPromoteRequest. */
    interface IMemberPromoteRequest {

        /** MemberPromoteRequest ID */
        ID?: (number|Long|null);
    }

    /** Represents a MemberPromoteRequest. */
    class MemberPromoteRequest implements IMemberPromoteRequest {

        /**
         * Constructs a new MemberPromoteRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberPromoteRequest);

        /** MemberPromoteRequest ID. */
        public ID: (number|Long);

        /**
         * Creates a new MemberPromoteRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberPromoteRequest instance
         */
        public static create(properties?: etcdserverpb.IMemberPromoteRequest): etcdserverpb.MemberPromoteRequest;

        /**
         * Encodes the specified MemberPromoteRequest message. Does not implicitly {@link etcdserverpb.MemberPromoteRequest.verify|verify} messages.
         * @param message MemberPromoteRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberPromoteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberPromoteRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberPromoteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberPromoteRequest;

        /**
         * Gets the default type url for MemberPromoteRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MemberPromoteResponse. */
    interface IMemberPromoteResponse {

        /** MemberPromoteResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** MemberPromoteResponse members */
        members?: (etcdserverpb.IMember[]|null);
    }

    /** Represents a MemberPromoteResponse. */
    class MemberPromoteResponse implements IMemberPromoteResponse {

        /**
         * Constructs a new MemberPromoteResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMemberPromoteResponse);

        /** MemberPromoteResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** MemberPromoteResponse members. */
        public members: etcdserverpb.IMember[];

        /**
         * Creates a new MemberPromoteResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberPromoteResponse instance
         */
        public static create(properties?: etcdserverpb.IMemberPromoteResponse): etcdserverpb.MemberPromoteResponse;

        /**
         * Encodes the specified MemberPromoteResponse message. Does not implicitly {@link etcdserverpb.MemberPromoteResponse.verify|verify} messages.
         * @param message MemberPromoteResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMemberPromoteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberPromoteResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MemberPromoteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MemberPromoteResponse;

        /**
         * Gets the default type url for MemberPromoteResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DefragmentRequest. */
    interface IDefragmentRequest {
    }

    /** Represents a DefragmentRequest. */
    class DefragmentRequest implements IDefragmentRequest {

        /**
         * Constructs a new DefragmentRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDefragmentRequest);

        /**
         * Creates a new DefragmentRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DefragmentRequest instance
         */
        public static create(properties?: etcdserverpb.IDefragmentRequest): etcdserverpb.DefragmentRequest;

        /**
         * Encodes the specified DefragmentRequest message. Does not implicitly {@link etcdserverpb.DefragmentRequest.verify|verify} messages.
         * @param message DefragmentRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDefragmentRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DefragmentRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DefragmentRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DefragmentRequest;

        /**
         * Gets the default type url for DefragmentRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DefragmentResponse. */
    interface IDefragmentResponse {

        /** DefragmentResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a DefragmentResponse. */
    class DefragmentResponse implements IDefragmentResponse {

        /**
         * Constructs a new DefragmentResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDefragmentResponse);

        /** DefragmentResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new DefragmentResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DefragmentResponse instance
         */
        public static create(properties?: etcdserverpb.IDefragmentResponse): etcdserverpb.DefragmentResponse;

        /**
         * Encodes the specified DefragmentResponse message. Does not implicitly {@link etcdserverpb.DefragmentResponse.verify|verify} messages.
         * @param message DefragmentResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDefragmentResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DefragmentResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DefragmentResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DefragmentResponse;

        /**
         * Gets the default type url for DefragmentResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MoveLeaderRequest. */
    interface IMoveLeaderRequest {

        /** MoveLeaderRequest targetID */
        targetID?: (number|Long|null);
    }

    /** Represents a MoveLeaderRequest. */
    class MoveLeaderRequest implements IMoveLeaderRequest {

        /**
         * Constructs a new MoveLeaderRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMoveLeaderRequest);

        /** MoveLeaderRequest targetID. */
        public targetID: (number|Long);

        /**
         * Creates a new MoveLeaderRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MoveLeaderRequest instance
         */
        public static create(properties?: etcdserverpb.IMoveLeaderRequest): etcdserverpb.MoveLeaderRequest;

        /**
         * Encodes the specified MoveLeaderRequest message. Does not implicitly {@link etcdserverpb.MoveLeaderRequest.verify|verify} messages.
         * @param message MoveLeaderRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMoveLeaderRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MoveLeaderRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MoveLeaderRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MoveLeaderRequest;

        /**
         * Gets the default type url for MoveLeaderRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a MoveLeaderResponse. */
    interface IMoveLeaderResponse {

        /** MoveLeaderResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents a MoveLeaderResponse. */
    class MoveLeaderResponse implements IMoveLeaderResponse {

        /**
         * Constructs a new MoveLeaderResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IMoveLeaderResponse);

        /** MoveLeaderResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new MoveLeaderResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MoveLeaderResponse instance
         */
        public static create(properties?: etcdserverpb.IMoveLeaderResponse): etcdserverpb.MoveLeaderResponse;

        /**
         * Encodes the specified MoveLeaderResponse message. Does not implicitly {@link etcdserverpb.MoveLeaderResponse.verify|verify} messages.
         * @param message MoveLeaderResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IMoveLeaderResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MoveLeaderResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns MoveLeaderResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.MoveLeaderResponse;

        /**
         * Gets the default type url for MoveLeaderResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** AlarmType enum. */
    enum AlarmType {
        NONE = 0,
        NOSPACE = 1,
        CORRUPT = 2
    }

    /** Properties of an AlarmRequest. */
    interface IAlarmRequest {

        /** AlarmRequest action */
        action?: (etcdserverpb.AlarmRequest.AlarmAction|null);

        /** AlarmRequest memberID */
        memberID?: (number|Long|null);

        /** AlarmRequest alarm */
        alarm?: (etcdserverpb.AlarmType|null);
    }

    /** Represents an AlarmRequest. */
    class AlarmRequest implements IAlarmRequest {

        /**
         * Constructs a new AlarmRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAlarmRequest);

        /** AlarmRequest action. */
        public action: etcdserverpb.AlarmRequest.AlarmAction;

        /** AlarmRequest memberID. */
        public memberID: (number|Long);

        /** AlarmRequest alarm. */
        public alarm: etcdserverpb.AlarmType;

        /**
         * Creates a new AlarmRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlarmRequest instance
         */
        public static create(properties?: etcdserverpb.IAlarmRequest): etcdserverpb.AlarmRequest;

        /**
         * Encodes the specified AlarmRequest message. Does not implicitly {@link etcdserverpb.AlarmRequest.verify|verify} messages.
         * @param message AlarmRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAlarmRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlarmRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AlarmRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AlarmRequest;

        /**
         * Gets the default type url for AlarmRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace AlarmRequest {

        /** AlarmAction enum. */
        enum AlarmAction {
            GET = 0,
            ACTIVATE = 1,
            DEACTIVATE = 2
        }
    }

    /** Properties of an AlarmMember. */
    interface IAlarmMember {

        /** AlarmMember memberID */
        memberID?: (number|Long|null);

        /** AlarmMember alarm */
        alarm?: (etcdserverpb.AlarmType|null);
    }

    /** Represents an AlarmMember. */
    class AlarmMember implements IAlarmMember {

        /**
         * Constructs a new AlarmMember.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAlarmMember);

        /** AlarmMember memberID. */
        public memberID: (number|Long);

        /** AlarmMember alarm. */
        public alarm: etcdserverpb.AlarmType;

        /**
         * Creates a new AlarmMember instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlarmMember instance
         */
        public static create(properties?: etcdserverpb.IAlarmMember): etcdserverpb.AlarmMember;

        /**
         * Encodes the specified AlarmMember message. Does not implicitly {@link etcdserverpb.AlarmMember.verify|verify} messages.
         * @param message AlarmMember message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAlarmMember, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlarmMember message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AlarmMember
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AlarmMember;

        /**
         * Gets the default type url for AlarmMember
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AlarmResponse. */
    interface IAlarmResponse {

        /** AlarmResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AlarmResponse alarms */
        alarms?: (etcdserverpb.IAlarmMember[]|null);
    }

    /** Represents an AlarmResponse. */
    class AlarmResponse implements IAlarmResponse {

        /**
         * Constructs a new AlarmResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAlarmResponse);

        /** AlarmResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AlarmResponse alarms. */
        public alarms: etcdserverpb.IAlarmMember[];

        /**
         * Creates a new AlarmResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlarmResponse instance
         */
        public static create(properties?: etcdserverpb.IAlarmResponse): etcdserverpb.AlarmResponse;

        /**
         * Encodes the specified AlarmResponse message. Does not implicitly {@link etcdserverpb.AlarmResponse.verify|verify} messages.
         * @param message AlarmResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAlarmResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlarmResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AlarmResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AlarmResponse;

        /**
         * Gets the default type url for AlarmResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DowngradeRequest. */
    interface IDowngradeRequest {

        /** DowngradeRequest action */
        action?: (etcdserverpb.DowngradeRequest.DowngradeAction|null);

        /** DowngradeRequest version */
        version?: (string|null);
    }

    /** Represents a DowngradeRequest. */
    class DowngradeRequest implements IDowngradeRequest {

        /**
         * Constructs a new DowngradeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDowngradeRequest);

        /** DowngradeRequest action. */
        public action: etcdserverpb.DowngradeRequest.DowngradeAction;

        /** DowngradeRequest version. */
        public version: string;

        /**
         * Creates a new DowngradeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DowngradeRequest instance
         */
        public static create(properties?: etcdserverpb.IDowngradeRequest): etcdserverpb.DowngradeRequest;

        /**
         * Encodes the specified DowngradeRequest message. Does not implicitly {@link etcdserverpb.DowngradeRequest.verify|verify} messages.
         * @param message DowngradeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDowngradeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DowngradeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DowngradeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DowngradeRequest;

        /**
         * Gets the default type url for DowngradeRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace DowngradeRequest {

        /** DowngradeAction enum. */
        enum DowngradeAction {
            VALIDATE = 0,
            ENABLE = 1,
            CANCEL = 2
        }
    }

    /** Properties of a DowngradeResponse. */
    interface IDowngradeResponse {

        /** DowngradeResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** DowngradeResponse version */
        version?: (string|null);
    }

    /** Represents a DowngradeResponse. */
    class DowngradeResponse implements IDowngradeResponse {

        /**
         * Constructs a new DowngradeResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IDowngradeResponse);

        /** DowngradeResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** DowngradeResponse version. */
        public version: string;

        /**
         * Creates a new DowngradeResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DowngradeResponse instance
         */
        public static create(properties?: etcdserverpb.IDowngradeResponse): etcdserverpb.DowngradeResponse;

        /**
         * Encodes the specified DowngradeResponse message. Does not implicitly {@link etcdserverpb.DowngradeResponse.verify|verify} messages.
         * @param message DowngradeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IDowngradeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DowngradeResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DowngradeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.DowngradeResponse;

        /**
         * Gets the default type url for DowngradeResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a StatusRequest. */
    interface IStatusRequest {
    }

    /** Represents a StatusRequest. */
    class StatusRequest implements IStatusRequest {

        /**
         * Constructs a new StatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IStatusRequest);

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusRequest instance
         */
        public static create(properties?: etcdserverpb.IStatusRequest): etcdserverpb.StatusRequest;

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link etcdserverpb.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.StatusRequest;

        /**
         * Gets the default type url for StatusRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a StatusResponse. */
    interface IStatusResponse {

        /** StatusResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** StatusResponse version */
        version?: (string|null);

        /** StatusResponse dbSize */
        dbSize?: (number|Long|null);

        /** StatusResponse leader */
        leader?: (number|Long|null);

        /** StatusResponse raftIndex */
        raftIndex?: (number|Long|null);

        /** StatusResponse raftTerm */
        raftTerm?: (number|Long|null);

        /** StatusResponse raftAppliedIndex */
        raftAppliedIndex?: (number|Long|null);

        /** StatusResponse errors */
        errors?: (string[]|null);

        /** StatusResponse dbSizeInUse */
        dbSizeInUse?: (number|Long|null);

        /** StatusResponse isLearner */
        isLearner?: (boolean|null);
    }

    /** Represents a StatusResponse. */
    class StatusResponse implements IStatusResponse {

        /**
         * Constructs a new StatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IStatusResponse);

        /** StatusResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** StatusResponse version. */
        public version: string;

        /** StatusResponse dbSize. */
        public dbSize: (number|Long);

        /** StatusResponse leader. */
        public leader: (number|Long);

        /** StatusResponse raftIndex. */
        public raftIndex: (number|Long);

        /** StatusResponse raftTerm. */
        public raftTerm: (number|Long);

        /** StatusResponse raftAppliedIndex. */
        public raftAppliedIndex: (number|Long);

        /** StatusResponse errors. */
        public errors: string[];

        /** StatusResponse dbSizeInUse. */
        public dbSizeInUse: (number|Long);

        /** StatusResponse isLearner. */
        public isLearner: boolean;

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusResponse instance
         */
        public static create(properties?: etcdserverpb.IStatusResponse): etcdserverpb.StatusResponse;

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link etcdserverpb.StatusResponse.verify|verify} messages.
         * @param message StatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.StatusResponse;

        /**
         * Gets the default type url for StatusResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthEnableRequest. */
    interface IAuthEnableRequest {
    }

    /** Represents an AuthEnableRequest. */
    class AuthEnableRequest implements IAuthEnableRequest {

        /**
         * Constructs a new AuthEnableRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthEnableRequest);

        /**
         * Creates a new AuthEnableRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthEnableRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthEnableRequest): etcdserverpb.AuthEnableRequest;

        /**
         * Encodes the specified AuthEnableRequest message. Does not implicitly {@link etcdserverpb.AuthEnableRequest.verify|verify} messages.
         * @param message AuthEnableRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthEnableRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthEnableRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthEnableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthEnableRequest;

        /**
         * Gets the default type url for AuthEnableRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthDisableRequest. */
    interface IAuthDisableRequest {
    }

    /** Represents an AuthDisableRequest. */
    class AuthDisableRequest implements IAuthDisableRequest {

        /**
         * Constructs a new AuthDisableRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthDisableRequest);

        /**
         * Creates a new AuthDisableRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthDisableRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthDisableRequest): etcdserverpb.AuthDisableRequest;

        /**
         * Encodes the specified AuthDisableRequest message. Does not implicitly {@link etcdserverpb.AuthDisableRequest.verify|verify} messages.
         * @param message AuthDisableRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthDisableRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthDisableRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthDisableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthDisableRequest;

        /**
         * Gets the default type url for AuthDisableRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthStatusRequest. */
    interface IAuthStatusRequest {
    }

    /** Represents an AuthStatusRequest. */
    class AuthStatusRequest implements IAuthStatusRequest {

        /**
         * Constructs a new AuthStatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthStatusRequest);

        /**
         * Creates a new AuthStatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthStatusRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthStatusRequest): etcdserverpb.AuthStatusRequest;

        /**
         * Encodes the specified AuthStatusRequest message. Does not implicitly {@link etcdserverpb.AuthStatusRequest.verify|verify} messages.
         * @param message AuthStatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthStatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthStatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthStatusRequest;

        /**
         * Gets the default type url for AuthStatusRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthenticateRequest. */
    interface IAuthenticateRequest {

        /** AuthenticateRequest name */
        name?: (string|null);

        /** AuthenticateRequest password */
        password?: (string|null);
    }

    /** Represents an AuthenticateRequest. */
    class AuthenticateRequest implements IAuthenticateRequest {

        /**
         * Constructs a new AuthenticateRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthenticateRequest);

        /** AuthenticateRequest name. */
        public name: string;

        /** AuthenticateRequest password. */
        public password: string;

        /**
         * Creates a new AuthenticateRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthenticateRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthenticateRequest): etcdserverpb.AuthenticateRequest;

        /**
         * Encodes the specified AuthenticateRequest message. Does not implicitly {@link etcdserverpb.AuthenticateRequest.verify|verify} messages.
         * @param message AuthenticateRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthenticateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthenticateRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthenticateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthenticateRequest;

        /**
         * Gets the default type url for AuthenticateRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserAddRequest. */
    interface IAuthUserAddRequest {

        /** AuthUserAddRequest name */
        name?: (string|null);

        /** AuthUserAddRequest password */
        password?: (string|null);

        /** AuthUserAddRequest options */
        options?: (authpb.IUserAddOptions|null);
    }

    /** Represents an AuthUserAddRequest. */
    class AuthUserAddRequest implements IAuthUserAddRequest {

        /**
         * Constructs a new AuthUserAddRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserAddRequest);

        /** AuthUserAddRequest name. */
        public name: string;

        /** AuthUserAddRequest password. */
        public password: string;

        /** AuthUserAddRequest options. */
        public options?: (authpb.IUserAddOptions|null);

        /**
         * Creates a new AuthUserAddRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserAddRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserAddRequest): etcdserverpb.AuthUserAddRequest;

        /**
         * Encodes the specified AuthUserAddRequest message. Does not implicitly {@link etcdserverpb.AuthUserAddRequest.verify|verify} messages.
         * @param message AuthUserAddRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserAddRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserAddRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserAddRequest;

        /**
         * Gets the default type url for AuthUserAddRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserGetRequest. */
    interface IAuthUserGetRequest {

        /** AuthUserGetRequest name */
        name?: (string|null);
    }

    /** Represents an AuthUserGetRequest. */
    class AuthUserGetRequest implements IAuthUserGetRequest {

        /**
         * Constructs a new AuthUserGetRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserGetRequest);

        /** AuthUserGetRequest name. */
        public name: string;

        /**
         * Creates a new AuthUserGetRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserGetRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserGetRequest): etcdserverpb.AuthUserGetRequest;

        /**
         * Encodes the specified AuthUserGetRequest message. Does not implicitly {@link etcdserverpb.AuthUserGetRequest.verify|verify} messages.
         * @param message AuthUserGetRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserGetRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserGetRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserGetRequest;

        /**
         * Gets the default type url for AuthUserGetRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserDeleteRequest. */
    interface IAuthUserDeleteRequest {

        /** AuthUserDeleteRequest name */
        name?: (string|null);
    }

    /** Represents an AuthUserDeleteRequest. */
    class AuthUserDeleteRequest implements IAuthUserDeleteRequest {

        /**
         * Constructs a new AuthUserDeleteRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserDeleteRequest);

        /** AuthUserDeleteRequest name. */
        public name: string;

        /**
         * Creates a new AuthUserDeleteRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserDeleteRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserDeleteRequest): etcdserverpb.AuthUserDeleteRequest;

        /**
         * Encodes the specified AuthUserDeleteRequest message. Does not implicitly {@link etcdserverpb.AuthUserDeleteRequest.verify|verify} messages.
         * @param message AuthUserDeleteRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserDeleteRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserDeleteRequest;

        /**
         * Gets the default type url for AuthUserDeleteRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserChangePasswordRequest. */
    interface IAuthUserChangePasswordRequest {

        /** AuthUserChangePasswordRequest name */
        name?: (string|null);

        /** AuthUserChangePasswordRequest password */
        password?: (string|null);
    }

    /** Represents an AuthUserChangePasswordRequest. */
    class AuthUserChangePasswordRequest implements IAuthUserChangePasswordRequest {

        /**
         * Constructs a new AuthUserChangePasswordRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserChangePasswordRequest);

        /** AuthUserChangePasswordRequest name. */
        public name: string;

        /** AuthUserChangePasswordRequest password. */
        public password: string;

        /**
         * Creates a new AuthUserChangePasswordRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserChangePasswordRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserChangePasswordRequest): etcdserverpb.AuthUserChangePasswordRequest;

        /**
         * Encodes the specified AuthUserChangePasswordRequest message. Does not implicitly {@link etcdserverpb.AuthUserChangePasswordRequest.verify|verify} messages.
         * @param message AuthUserChangePasswordRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserChangePasswordRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserChangePasswordRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserChangePasswordRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserChangePasswordRequest;

        /**
         * Gets the default type url for AuthUserChangePasswordRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserGrantRoleRequest. */
    interface IAuthUserGrantRoleRequest {

        /** AuthUserGrantRoleRequest user */
        user?: (string|null);

        /** AuthUserGrantRoleRequest role */
        role?: (string|null);
    }

    /** Represents an AuthUserGrantRoleRequest. */
    class AuthUserGrantRoleRequest implements IAuthUserGrantRoleRequest {

        /**
         * Constructs a new AuthUserGrantRoleRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserGrantRoleRequest);

        /** AuthUserGrantRoleRequest user. */
        public user: string;

        /** AuthUserGrantRoleRequest role. */
        public role: string;

        /**
         * Creates a new AuthUserGrantRoleRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserGrantRoleRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserGrantRoleRequest): etcdserverpb.AuthUserGrantRoleRequest;

        /**
         * Encodes the specified AuthUserGrantRoleRequest message. Does not implicitly {@link etcdserverpb.AuthUserGrantRoleRequest.verify|verify} messages.
         * @param message AuthUserGrantRoleRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserGrantRoleRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserGrantRoleRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserGrantRoleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserGrantRoleRequest;

        /**
         * Gets the default type url for AuthUserGrantRoleRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserRevokeRoleRequest. */
    interface IAuthUserRevokeRoleRequest {

        /** AuthUserRevokeRoleRequest name */
        name?: (string|null);

        /** AuthUserRevokeRoleRequest role */
        role?: (string|null);
    }

    /** Represents an AuthUserRevokeRoleRequest. */
    class AuthUserRevokeRoleRequest implements IAuthUserRevokeRoleRequest {

        /**
         * Constructs a new AuthUserRevokeRoleRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserRevokeRoleRequest);

        /** AuthUserRevokeRoleRequest name. */
        public name: string;

        /** AuthUserRevokeRoleRequest role. */
        public role: string;

        /**
         * Creates a new AuthUserRevokeRoleRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserRevokeRoleRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserRevokeRoleRequest): etcdserverpb.AuthUserRevokeRoleRequest;

        /**
         * Encodes the specified AuthUserRevokeRoleRequest message. Does not implicitly {@link etcdserverpb.AuthUserRevokeRoleRequest.verify|verify} messages.
         * @param message AuthUserRevokeRoleRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserRevokeRoleRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserRevokeRoleRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserRevokeRoleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserRevokeRoleRequest;

        /**
         * Gets the default type url for AuthUserRevokeRoleRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleAddRequest. */
    interface IAuthRoleAddRequest {

        /** AuthRoleAddRequest name */
        name?: (string|null);
    }

    /** Represents an AuthRoleAddRequest. */
    class AuthRoleAddRequest implements IAuthRoleAddRequest {

        /**
         * Constructs a new AuthRoleAddRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleAddRequest);

        /** AuthRoleAddRequest name. */
        public name: string;

        /**
         * Creates a new AuthRoleAddRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleAddRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleAddRequest): etcdserverpb.AuthRoleAddRequest;

        /**
         * Encodes the specified AuthRoleAddRequest message. Does not implicitly {@link etcdserverpb.AuthRoleAddRequest.verify|verify} messages.
         * @param message AuthRoleAddRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleAddRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleAddRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleAddRequest;

        /**
         * Gets the default type url for AuthRoleAddRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleGetRequest. */
    interface IAuthRoleGetRequest {

        /** AuthRoleGetRequest role */
        role?: (string|null);
    }

    /** Represents an AuthRoleGetRequest. */
    class AuthRoleGetRequest implements IAuthRoleGetRequest {

        /**
         * Constructs a new AuthRoleGetRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleGetRequest);

        /** AuthRoleGetRequest role. */
        public role: string;

        /**
         * Creates a new AuthRoleGetRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleGetRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleGetRequest): etcdserverpb.AuthRoleGetRequest;

        /**
         * Encodes the specified AuthRoleGetRequest message. Does not implicitly {@link etcdserverpb.AuthRoleGetRequest.verify|verify} messages.
         * @param message AuthRoleGetRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleGetRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleGetRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleGetRequest;

        /**
         * Gets the default type url for AuthRoleGetRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserListRequest. */
    interface IAuthUserListRequest {
    }

    /** Represents an AuthUserListRequest. */
    class AuthUserListRequest implements IAuthUserListRequest {

        /**
         * Constructs a new AuthUserListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserListRequest);

        /**
         * Creates a new AuthUserListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserListRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthUserListRequest): etcdserverpb.AuthUserListRequest;

        /**
         * Encodes the specified AuthUserListRequest message. Does not implicitly {@link etcdserverpb.AuthUserListRequest.verify|verify} messages.
         * @param message AuthUserListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserListRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserListRequest;

        /**
         * Gets the default type url for AuthUserListRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleListRequest. */
    interface IAuthRoleListRequest {
    }

    /** Represents an AuthRoleListRequest. */
    class AuthRoleListRequest implements IAuthRoleListRequest {

        /**
         * Constructs a new AuthRoleListRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleListRequest);

        /**
         * Creates a new AuthRoleListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleListRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleListRequest): etcdserverpb.AuthRoleListRequest;

        /**
         * Encodes the specified AuthRoleListRequest message. Does not implicitly {@link etcdserverpb.AuthRoleListRequest.verify|verify} messages.
         * @param message AuthRoleListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleListRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleListRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleListRequest;

        /**
         * Gets the default type url for AuthRoleListRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleDeleteRequest. */
    interface IAuthRoleDeleteRequest {

        /** AuthRoleDeleteRequest role */
        role?: (string|null);
    }

    /** Represents an AuthRoleDeleteRequest. */
    class AuthRoleDeleteRequest implements IAuthRoleDeleteRequest {

        /**
         * Constructs a new AuthRoleDeleteRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleDeleteRequest);

        /** AuthRoleDeleteRequest role. */
        public role: string;

        /**
         * Creates a new AuthRoleDeleteRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleDeleteRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleDeleteRequest): etcdserverpb.AuthRoleDeleteRequest;

        /**
         * Encodes the specified AuthRoleDeleteRequest message. Does not implicitly {@link etcdserverpb.AuthRoleDeleteRequest.verify|verify} messages.
         * @param message AuthRoleDeleteRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleDeleteRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleDeleteRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleDeleteRequest;

        /**
         * Gets the default type url for AuthRoleDeleteRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleGrantPermissionRequest. */
    interface IAuthRoleGrantPermissionRequest {

        /** AuthRoleGrantPermissionRequest name */
        name?: (string|null);

        /** AuthRoleGrantPermissionRequest perm */
        perm?: (authpb.IPermission|null);
    }

    /** Represents an AuthRoleGrantPermissionRequest. */
    class AuthRoleGrantPermissionRequest implements IAuthRoleGrantPermissionRequest {

        /**
         * Constructs a new AuthRoleGrantPermissionRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleGrantPermissionRequest);

        /** AuthRoleGrantPermissionRequest name. */
        public name: string;

        /** AuthRoleGrantPermissionRequest perm. */
        public perm?: (authpb.IPermission|null);

        /**
         * Creates a new AuthRoleGrantPermissionRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleGrantPermissionRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleGrantPermissionRequest): etcdserverpb.AuthRoleGrantPermissionRequest;

        /**
         * Encodes the specified AuthRoleGrantPermissionRequest message. Does not implicitly {@link etcdserverpb.AuthRoleGrantPermissionRequest.verify|verify} messages.
         * @param message AuthRoleGrantPermissionRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleGrantPermissionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleGrantPermissionRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleGrantPermissionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleGrantPermissionRequest;

        /**
         * Gets the default type url for AuthRoleGrantPermissionRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleRevokePermissionRequest. */
    interface IAuthRoleRevokePermissionRequest {

        /** AuthRoleRevokePermissionRequest role */
        role?: (string|null);

        /** AuthRoleRevokePermissionRequest key */
        key?: (Uint8Array|null);

        /** AuthRoleRevokePermissionRequest rangeEnd */
        rangeEnd?: (Uint8Array|null);
    }

    /** Represents an AuthRoleRevokePermissionRequest. */
    class AuthRoleRevokePermissionRequest implements IAuthRoleRevokePermissionRequest {

        /**
         * Constructs a new AuthRoleRevokePermissionRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleRevokePermissionRequest);

        /** AuthRoleRevokePermissionRequest role. */
        public role: string;

        /** AuthRoleRevokePermissionRequest key. */
        public key: Uint8Array;

        /** AuthRoleRevokePermissionRequest rangeEnd. */
        public rangeEnd: Uint8Array;

        /**
         * Creates a new AuthRoleRevokePermissionRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleRevokePermissionRequest instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleRevokePermissionRequest): etcdserverpb.AuthRoleRevokePermissionRequest;

        /**
         * Encodes the specified AuthRoleRevokePermissionRequest message. Does not implicitly {@link etcdserverpb.AuthRoleRevokePermissionRequest.verify|verify} messages.
         * @param message AuthRoleRevokePermissionRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleRevokePermissionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleRevokePermissionRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleRevokePermissionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleRevokePermissionRequest;

        /**
         * Gets the default type url for AuthRoleRevokePermissionRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthEnableResponse. */
    interface IAuthEnableResponse {

        /** AuthEnableResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthEnableResponse. */
    class AuthEnableResponse implements IAuthEnableResponse {

        /**
         * Constructs a new AuthEnableResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthEnableResponse);

        /** AuthEnableResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthEnableResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthEnableResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthEnableResponse): etcdserverpb.AuthEnableResponse;

        /**
         * Encodes the specified AuthEnableResponse message. Does not implicitly {@link etcdserverpb.AuthEnableResponse.verify|verify} messages.
         * @param message AuthEnableResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthEnableResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthEnableResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthEnableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthEnableResponse;

        /**
         * Gets the default type url for AuthEnableResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthDisableResponse. */
    interface IAuthDisableResponse {

        /** AuthDisableResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthDisableResponse. */
    class AuthDisableResponse implements IAuthDisableResponse {

        /**
         * Constructs a new AuthDisableResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthDisableResponse);

        /** AuthDisableResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthDisableResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthDisableResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthDisableResponse): etcdserverpb.AuthDisableResponse;

        /**
         * Encodes the specified AuthDisableResponse message. Does not implicitly {@link etcdserverpb.AuthDisableResponse.verify|verify} messages.
         * @param message AuthDisableResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthDisableResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthDisableResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthDisableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthDisableResponse;

        /**
         * Gets the default type url for AuthDisableResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthStatusResponse. */
    interface IAuthStatusResponse {

        /** AuthStatusResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthStatusResponse enabled */
        enabled?: (boolean|null);

        /** AuthStatusResponse authRevision */
        authRevision?: (number|Long|null);
    }

    /** Represents an AuthStatusResponse. */
    class AuthStatusResponse implements IAuthStatusResponse {

        /**
         * Constructs a new AuthStatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthStatusResponse);

        /** AuthStatusResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthStatusResponse enabled. */
        public enabled: boolean;

        /** AuthStatusResponse authRevision. */
        public authRevision: (number|Long);

        /**
         * Creates a new AuthStatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthStatusResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthStatusResponse): etcdserverpb.AuthStatusResponse;

        /**
         * Encodes the specified AuthStatusResponse message. Does not implicitly {@link etcdserverpb.AuthStatusResponse.verify|verify} messages.
         * @param message AuthStatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthStatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthStatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthStatusResponse;

        /**
         * Gets the default type url for AuthStatusResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthenticateResponse. */
    interface IAuthenticateResponse {

        /** AuthenticateResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthenticateResponse token */
        token?: (string|null);
    }

    /** Represents an AuthenticateResponse. */
    class AuthenticateResponse implements IAuthenticateResponse {

        /**
         * Constructs a new AuthenticateResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthenticateResponse);

        /** AuthenticateResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthenticateResponse token. */
        public token: string;

        /**
         * Creates a new AuthenticateResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthenticateResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthenticateResponse): etcdserverpb.AuthenticateResponse;

        /**
         * Encodes the specified AuthenticateResponse message. Does not implicitly {@link etcdserverpb.AuthenticateResponse.verify|verify} messages.
         * @param message AuthenticateResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthenticateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthenticateResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthenticateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthenticateResponse;

        /**
         * Gets the default type url for AuthenticateResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserAddResponse. */
    interface IAuthUserAddResponse {

        /** AuthUserAddResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthUserAddResponse. */
    class AuthUserAddResponse implements IAuthUserAddResponse {

        /**
         * Constructs a new AuthUserAddResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserAddResponse);

        /** AuthUserAddResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthUserAddResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserAddResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserAddResponse): etcdserverpb.AuthUserAddResponse;

        /**
         * Encodes the specified AuthUserAddResponse message. Does not implicitly {@link etcdserverpb.AuthUserAddResponse.verify|verify} messages.
         * @param message AuthUserAddResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserAddResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserAddResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserAddResponse;

        /**
         * Gets the default type url for AuthUserAddResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserGetResponse. */
    interface IAuthUserGetResponse {

        /** AuthUserGetResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthUserGetResponse roles */
        roles?: (string[]|null);
    }

    /** Represents an AuthUserGetResponse. */
    class AuthUserGetResponse implements IAuthUserGetResponse {

        /**
         * Constructs a new AuthUserGetResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserGetResponse);

        /** AuthUserGetResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthUserGetResponse roles. */
        public roles: string[];

        /**
         * Creates a new AuthUserGetResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserGetResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserGetResponse): etcdserverpb.AuthUserGetResponse;

        /**
         * Encodes the specified AuthUserGetResponse message. Does not implicitly {@link etcdserverpb.AuthUserGetResponse.verify|verify} messages.
         * @param message AuthUserGetResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserGetResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserGetResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserGetResponse;

        /**
         * Gets the default type url for AuthUserGetResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserDeleteResponse. */
    interface IAuthUserDeleteResponse {

        /** AuthUserDeleteResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthUserDeleteResponse. */
    class AuthUserDeleteResponse implements IAuthUserDeleteResponse {

        /**
         * Constructs a new AuthUserDeleteResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserDeleteResponse);

        /** AuthUserDeleteResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthUserDeleteResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserDeleteResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserDeleteResponse): etcdserverpb.AuthUserDeleteResponse;

        /**
         * Encodes the specified AuthUserDeleteResponse message. Does not implicitly {@link etcdserverpb.AuthUserDeleteResponse.verify|verify} messages.
         * @param message AuthUserDeleteResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserDeleteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserDeleteResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserDeleteResponse;

        /**
         * Gets the default type url for AuthUserDeleteResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserChangePasswordResponse. */
    interface IAuthUserChangePasswordResponse {

        /** AuthUserChangePasswordResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthUserChangePasswordResponse. */
    class AuthUserChangePasswordResponse implements IAuthUserChangePasswordResponse {

        /**
         * Constructs a new AuthUserChangePasswordResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserChangePasswordResponse);

        /** AuthUserChangePasswordResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthUserChangePasswordResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserChangePasswordResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserChangePasswordResponse): etcdserverpb.AuthUserChangePasswordResponse;

        /**
         * Encodes the specified AuthUserChangePasswordResponse message. Does not implicitly {@link etcdserverpb.AuthUserChangePasswordResponse.verify|verify} messages.
         * @param message AuthUserChangePasswordResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserChangePasswordResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserChangePasswordResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserChangePasswordResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserChangePasswordResponse;

        /**
         * Gets the default type url for AuthUserChangePasswordResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserGrantRoleResponse. */
    interface IAuthUserGrantRoleResponse {

        /** AuthUserGrantRoleResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthUserGrantRoleResponse. */
    class AuthUserGrantRoleResponse implements IAuthUserGrantRoleResponse {

        /**
         * Constructs a new AuthUserGrantRoleResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserGrantRoleResponse);

        /** AuthUserGrantRoleResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthUserGrantRoleResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserGrantRoleResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserGrantRoleResponse): etcdserverpb.AuthUserGrantRoleResponse;

        /**
         * Encodes the specified AuthUserGrantRoleResponse message. Does not implicitly {@link etcdserverpb.AuthUserGrantRoleResponse.verify|verify} messages.
         * @param message AuthUserGrantRoleResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserGrantRoleResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserGrantRoleResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserGrantRoleResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserGrantRoleResponse;

        /**
         * Gets the default type url for AuthUserGrantRoleResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserRevokeRoleResponse. */
    interface IAuthUserRevokeRoleResponse {

        /** AuthUserRevokeRoleResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthUserRevokeRoleResponse. */
    class AuthUserRevokeRoleResponse implements IAuthUserRevokeRoleResponse {

        /**
         * Constructs a new AuthUserRevokeRoleResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserRevokeRoleResponse);

        /** AuthUserRevokeRoleResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthUserRevokeRoleResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserRevokeRoleResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserRevokeRoleResponse): etcdserverpb.AuthUserRevokeRoleResponse;

        /**
         * Encodes the specified AuthUserRevokeRoleResponse message. Does not implicitly {@link etcdserverpb.AuthUserRevokeRoleResponse.verify|verify} messages.
         * @param message AuthUserRevokeRoleResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserRevokeRoleResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserRevokeRoleResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserRevokeRoleResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserRevokeRoleResponse;

        /**
         * Gets the default type url for AuthUserRevokeRoleResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleAddResponse. */
    interface IAuthRoleAddResponse {

        /** AuthRoleAddResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthRoleAddResponse. */
    class AuthRoleAddResponse implements IAuthRoleAddResponse {

        /**
         * Constructs a new AuthRoleAddResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleAddResponse);

        /** AuthRoleAddResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthRoleAddResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleAddResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleAddResponse): etcdserverpb.AuthRoleAddResponse;

        /**
         * Encodes the specified AuthRoleAddResponse message. Does not implicitly {@link etcdserverpb.AuthRoleAddResponse.verify|verify} messages.
         * @param message AuthRoleAddResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleAddResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleAddResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleAddResponse;

        /**
         * Gets the default type url for AuthRoleAddResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleGetResponse. */
    interface IAuthRoleGetResponse {

        /** AuthRoleGetResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthRoleGetResponse perm */
        perm?: (authpb.IPermission[]|null);
    }

    /** Represents an AuthRoleGetResponse. */
    class AuthRoleGetResponse implements IAuthRoleGetResponse {

        /**
         * Constructs a new AuthRoleGetResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleGetResponse);

        /** AuthRoleGetResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthRoleGetResponse perm. */
        public perm: authpb.IPermission[];

        /**
         * Creates a new AuthRoleGetResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleGetResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleGetResponse): etcdserverpb.AuthRoleGetResponse;

        /**
         * Encodes the specified AuthRoleGetResponse message. Does not implicitly {@link etcdserverpb.AuthRoleGetResponse.verify|verify} messages.
         * @param message AuthRoleGetResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleGetResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleGetResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleGetResponse;

        /**
         * Gets the default type url for AuthRoleGetResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleListResponse. */
    interface IAuthRoleListResponse {

        /** AuthRoleListResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthRoleListResponse roles */
        roles?: (string[]|null);
    }

    /** Represents an AuthRoleListResponse. */
    class AuthRoleListResponse implements IAuthRoleListResponse {

        /**
         * Constructs a new AuthRoleListResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleListResponse);

        /** AuthRoleListResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthRoleListResponse roles. */
        public roles: string[];

        /**
         * Creates a new AuthRoleListResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleListResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleListResponse): etcdserverpb.AuthRoleListResponse;

        /**
         * Encodes the specified AuthRoleListResponse message. Does not implicitly {@link etcdserverpb.AuthRoleListResponse.verify|verify} messages.
         * @param message AuthRoleListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleListResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleListResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleListResponse;

        /**
         * Gets the default type url for AuthRoleListResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthUserListResponse. */
    interface IAuthUserListResponse {

        /** AuthUserListResponse header */
        header?: (etcdserverpb.IResponseHeader|null);

        /** AuthUserListResponse users */
        users?: (string[]|null);
    }

    /** Represents an AuthUserListResponse. */
    class AuthUserListResponse implements IAuthUserListResponse {

        /**
         * Constructs a new AuthUserListResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthUserListResponse);

        /** AuthUserListResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /** AuthUserListResponse users. */
        public users: string[];

        /**
         * Creates a new AuthUserListResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthUserListResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthUserListResponse): etcdserverpb.AuthUserListResponse;

        /**
         * Encodes the specified AuthUserListResponse message. Does not implicitly {@link etcdserverpb.AuthUserListResponse.verify|verify} messages.
         * @param message AuthUserListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthUserListResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthUserListResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthUserListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthUserListResponse;

        /**
         * Gets the default type url for AuthUserListResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleDeleteResponse. */
    interface IAuthRoleDeleteResponse {

        /** AuthRoleDeleteResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthRoleDeleteResponse. */
    class AuthRoleDeleteResponse implements IAuthRoleDeleteResponse {

        /**
         * Constructs a new AuthRoleDeleteResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleDeleteResponse);

        /** AuthRoleDeleteResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthRoleDeleteResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleDeleteResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleDeleteResponse): etcdserverpb.AuthRoleDeleteResponse;

        /**
         * Encodes the specified AuthRoleDeleteResponse message. Does not implicitly {@link etcdserverpb.AuthRoleDeleteResponse.verify|verify} messages.
         * @param message AuthRoleDeleteResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleDeleteResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleDeleteResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleDeleteResponse;

        /**
         * Gets the default type url for AuthRoleDeleteResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleGrantPermissionResponse. */
    interface IAuthRoleGrantPermissionResponse {

        /** AuthRoleGrantPermissionResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthRoleGrantPermissionResponse. */
    class AuthRoleGrantPermissionResponse implements IAuthRoleGrantPermissionResponse {

        /**
         * Constructs a new AuthRoleGrantPermissionResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleGrantPermissionResponse);

        /** AuthRoleGrantPermissionResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthRoleGrantPermissionResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleGrantPermissionResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleGrantPermissionResponse): etcdserverpb.AuthRoleGrantPermissionResponse;

        /**
         * Encodes the specified AuthRoleGrantPermissionResponse message. Does not implicitly {@link etcdserverpb.AuthRoleGrantPermissionResponse.verify|verify} messages.
         * @param message AuthRoleGrantPermissionResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleGrantPermissionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleGrantPermissionResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleGrantPermissionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleGrantPermissionResponse;

        /**
         * Gets the default type url for AuthRoleGrantPermissionResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an AuthRoleRevokePermissionResponse. */
    interface IAuthRoleRevokePermissionResponse {

        /** AuthRoleRevokePermissionResponse header */
        header?: (etcdserverpb.IResponseHeader|null);
    }

    /** Represents an AuthRoleRevokePermissionResponse. */
    class AuthRoleRevokePermissionResponse implements IAuthRoleRevokePermissionResponse {

        /**
         * Constructs a new AuthRoleRevokePermissionResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: etcdserverpb.IAuthRoleRevokePermissionResponse);

        /** AuthRoleRevokePermissionResponse header. */
        public header?: (etcdserverpb.IResponseHeader|null);

        /**
         * Creates a new AuthRoleRevokePermissionResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuthRoleRevokePermissionResponse instance
         */
        public static create(properties?: etcdserverpb.IAuthRoleRevokePermissionResponse): etcdserverpb.AuthRoleRevokePermissionResponse;

        /**
         * Encodes the specified AuthRoleRevokePermissionResponse message. Does not implicitly {@link etcdserverpb.AuthRoleRevokePermissionResponse.verify|verify} messages.
         * @param message AuthRoleRevokePermissionResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: etcdserverpb.IAuthRoleRevokePermissionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuthRoleRevokePermissionResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns AuthRoleRevokePermissionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): etcdserverpb.AuthRoleRevokePermissionResponse;

        /**
         * Gets the default type url for AuthRoleRevokePermissionResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }
}

/** Namespace mvccpb. */
export namespace mvccpb {

    /** Properties of a KeyValue. */
    interface IKeyValue {

        /** KeyValue key */
        key?: (Uint8Array|null);

        /** KeyValue createRevision */
        createRevision?: (number|Long|null);

        /** KeyValue modRevision */
        modRevision?: (number|Long|null);

        /** KeyValue version */
        version?: (number|Long|null);

        /** KeyValue value */
        value?: (Uint8Array|null);

        /** KeyValue lease */
        lease?: (number|Long|null);
    }

    /** Represents a KeyValue. */
    class KeyValue implements IKeyValue {

        /**
         * Constructs a new KeyValue.
         * @param [properties] Properties to set
         */
        constructor(properties?: mvccpb.IKeyValue);

        /** KeyValue key. */
        public key: Uint8Array;

        /** KeyValue createRevision. */
        public createRevision: (number|Long);

        /** KeyValue modRevision. */
        public modRevision: (number|Long);

        /** KeyValue version. */
        public version: (number|Long);

        /** KeyValue value. */
        public value: Uint8Array;

        /** KeyValue lease. */
        public lease: (number|Long);

        /**
         * Creates a new KeyValue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyValue instance
         */
        public static create(properties?: mvccpb.IKeyValue): mvccpb.KeyValue;

        /**
         * Encodes the specified KeyValue message. Does not implicitly {@link mvccpb.KeyValue.verify|verify} messages.
         * @param message KeyValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: mvccpb.IKeyValue, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyValue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mvccpb.KeyValue;

        /**
         * Gets the default type url for KeyValue
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an Event. */
    interface IEvent {

        /** Event type */
        type?: (mvccpb.Event.EventType|null);

        /** Event kv */
        kv?: (mvccpb.IKeyValue|null);

        /** Event prevKv */
        prevKv?: (mvccpb.IKeyValue|null);
    }

    /** Represents an Event. */
    class Event implements IEvent {

        /**
         * Constructs a new Event.
         * @param [properties] Properties to set
         */
        constructor(properties?: mvccpb.IEvent);

        /** Event type. */
        public type: mvccpb.Event.EventType;

        /** Event kv. */
        public kv?: (mvccpb.IKeyValue|null);

        /** Event prevKv. */
        public prevKv?: (mvccpb.IKeyValue|null);

        /**
         * Creates a new Event instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Event instance
         */
        public static create(properties?: mvccpb.IEvent): mvccpb.Event;

        /**
         * Encodes the specified Event message. Does not implicitly {@link mvccpb.Event.verify|verify} messages.
         * @param message Event message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: mvccpb.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mvccpb.Event;

        /**
         * Gets the default type url for Event
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Event {

        /** EventType enum. */
        enum EventType {
            PUT = 0,
            DELETE = 1
        }
    }
}

/** Namespace authpb. */
export namespace authpb {

    /** Properties of a UserAddOptions. */
    interface IUserAddOptions {

        /** UserAddOptions noPassword */
        noPassword?: (boolean|null);
    }

    /** Represents a UserAddOptions. */
    class UserAddOptions implements IUserAddOptions {

        /**
         * Constructs a new UserAddOptions.
         * @param [properties] Properties to set
         */
        constructor(properties?: authpb.IUserAddOptions);

        /** UserAddOptions noPassword. */
        public noPassword: boolean;

        /**
         * Creates a new UserAddOptions instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UserAddOptions instance
         */
        public static create(properties?: authpb.IUserAddOptions): authpb.UserAddOptions;

        /**
         * Encodes the specified UserAddOptions message. Does not implicitly {@link authpb.UserAddOptions.verify|verify} messages.
         * @param message UserAddOptions message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: authpb.IUserAddOptions, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a UserAddOptions message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UserAddOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): authpb.UserAddOptions;

        /**
         * Gets the default type url for UserAddOptions
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a User. */
    interface IUser {

        /** User name */
        name?: (Uint8Array|null);

        /** User password */
        password?: (Uint8Array|null);

        /** User roles */
        roles?: (string[]|null);

        /** User options */
        options?: (authpb.IUserAddOptions|null);
    }

    /** Represents a User. */
    class User implements IUser {

        /**
         * Constructs a new User.
         * @param [properties] Properties to set
         */
        constructor(properties?: authpb.IUser);

        /** User name. */
        public name: Uint8Array;

        /** User password. */
        public password: Uint8Array;

        /** User roles. */
        public roles: string[];

        /** User options. */
        public options?: (authpb.IUserAddOptions|null);

        /**
         * Creates a new User instance using the specified properties.
         * @param [properties] Properties to set
         * @returns User instance
         */
        public static create(properties?: authpb.IUser): authpb.User;

        /**
         * Encodes the specified User message. Does not implicitly {@link authpb.User.verify|verify} messages.
         * @param message User message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: authpb.IUser, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a User message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns User
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): authpb.User;

        /**
         * Gets the default type url for User
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Permission. */
    interface IPermission {

        /** Permission permType */
        permType?: (authpb.Permission.Type|null);

        /** Permission key */
        key?: (Uint8Array|null);

        /** Permission rangeEnd */
        rangeEnd?: (Uint8Array|null);
    }

    /** Represents a Permission. */
    class Permission implements IPermission {

        /**
         * Constructs a new Permission.
         * @param [properties] Properties to set
         */
        constructor(properties?: authpb.IPermission);

        /** Permission permType. */
        public permType: authpb.Permission.Type;

        /** Permission key. */
        public key: Uint8Array;

        /** Permission rangeEnd. */
        public rangeEnd: Uint8Array;

        /**
         * Creates a new Permission instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Permission instance
         */
        public static create(properties?: authpb.IPermission): authpb.Permission;

        /**
         * Encodes the specified Permission message. Does not implicitly {@link authpb.Permission.verify|verify} messages.
         * @param message Permission message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: authpb.IPermission, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Permission message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Permission
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): authpb.Permission;

        /**
         * Gets the default type url for Permission
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    namespace Permission {

        /** Type enum. */
        enum Type {
            READ = 0,
            WRITE = 1,
            READWRITE = 2
        }
    }

    /** Properties of a Role. */
    interface IRole {

        /** Role name */
        name?: (Uint8Array|null);

        /** Role keyPermission */
        keyPermission?: (authpb.IPermission[]|null);
    }

    /** Represents a Role. */
    class Role implements IRole {

        /**
         * Constructs a new Role.
         * @param [properties] Properties to set
         */
        constructor(properties?: authpb.IRole);

        /** Role name. */
        public name: Uint8Array;

        /** Role keyPermission. */
        public keyPermission: authpb.IPermission[];

        /**
         * Creates a new Role instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Role instance
         */
        public static create(properties?: authpb.IRole): authpb.Role;

        /**
         * Encodes the specified Role message. Does not implicitly {@link authpb.Role.verify|verify} messages.
         * @param message Role message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: authpb.IRole, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Role message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Role
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): authpb.Role;

        /**
         * Gets the default type url for Role
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }
}

/** Namespace fleetpb. */
export namespace fleetpb {

    /** Properties of an UnitOption. */
    interface IUnitOption {

        /** UnitOption section */
        section?: (string|null);

        /** UnitOption name */
        name?: (string|null);

        /** UnitOption value */
        value?: (string|null);
    }

    /** Represents an UnitOption. */
    class UnitOption implements IUnitOption {

        /**
         * Constructs a new UnitOption.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IUnitOption);

        /** UnitOption section. */
        public section: string;

        /** UnitOption name. */
        public name: string;

        /** UnitOption value. */
        public value: string;

        /**
         * Creates a new UnitOption instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnitOption instance
         */
        public static create(properties?: fleetpb.IUnitOption): fleetpb.UnitOption;

        /**
         * Encodes the specified UnitOption message. Does not implicitly {@link fleetpb.UnitOption.verify|verify} messages.
         * @param message UnitOption message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IUnitOption, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnitOption message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnitOption
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.UnitOption;

        /**
         * Gets the default type url for UnitOption
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a Machine. */
    interface IMachine {

        /** Machine id */
        id?: (string|null);

        /** Machine publicIp */
        publicIp?: (string|null);

        /** Machine metadata */
        metadata?: ({ [k: string]: string }|null);

        /** Machine version */
        version?: (string|null);

        /** Machine apiUrl */
        apiUrl?: (string|null);
    }

    /** Represents a Machine. */
    class Machine implements IMachine {

        /**
         * Constructs a new Machine.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IMachine);

        /** Machine id. */
        public id: string;

        /** Machine publicIp. */
        public publicIp: string;

        /** Machine metadata. */
        public metadata: { [k: string]: string };

        /** Machine version. */
        public version: string;

        /** Machine apiUrl. */
        public apiUrl: string;

        /**
         * Creates a new Machine instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Machine instance
         */
        public static create(properties?: fleetpb.IMachine): fleetpb.Machine;

        /**
         * Encodes the specified Machine message. Does not implicitly {@link fleetpb.Machine.verify|verify} messages.
         * @param message Machine message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IMachine, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Machine message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Machine
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.Machine;

        /**
         * Gets the default type url for Machine
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an Unit. */
    interface IUnit {

        /** Unit name */
        name?: (string|null);

        /** Unit hash */
        hash?: (string|null);

        /** Unit desiredState */
        desiredState?: (string|null);

        /** Unit currentState */
        currentState?: (string|null);

        /** Unit machineId */
        machineId?: (string|null);

        /** Unit global */
        global?: (boolean|null);

        /** Unit options */
        options?: (fleetpb.IUnitOption[]|null);
    }

    /** Represents an Unit. */
    class Unit implements IUnit {

        /**
         * Constructs a new Unit.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IUnit);

        /** Unit name. */
        public name: string;

        /** Unit hash. */
        public hash: string;

        /** Unit desiredState. */
        public desiredState: string;

        /** Unit currentState. */
        public currentState: string;

        /** Unit machineId. */
        public machineId: string;

        /** Unit global. */
        public global: boolean;

        /** Unit options. */
        public options: fleetpb.IUnitOption[];

        /**
         * Creates a new Unit instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Unit instance
         */
        public static create(properties?: fleetpb.IUnit): fleetpb.Unit;

        /**
         * Encodes the specified Unit message. Does not implicitly {@link fleetpb.Unit.verify|verify} messages.
         * @param message Unit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IUnit, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Unit message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns Unit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.Unit;

        /**
         * Gets the default type url for Unit
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an UnitState. */
    interface IUnitState {

        /** UnitState name */
        name?: (string|null);

        /** UnitState hash */
        hash?: (string|null);

        /** UnitState machineId */
        machineId?: (string|null);

        /** UnitState loadState */
        loadState?: (string|null);

        /** UnitState activeState */
        activeState?: (string|null);

        /** UnitState subState */
        subState?: (string|null);
    }

    /** Represents an UnitState. */
    class UnitState implements IUnitState {

        /**
         * Constructs a new UnitState.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IUnitState);

        /** UnitState name. */
        public name: string;

        /** UnitState hash. */
        public hash: string;

        /** UnitState machineId. */
        public machineId: string;

        /** UnitState loadState. */
        public loadState: string;

        /** UnitState activeState. */
        public activeState: string;

        /** UnitState subState. */
        public subState: string;

        /**
         * Creates a new UnitState instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnitState instance
         */
        public static create(properties?: fleetpb.IUnitState): fleetpb.UnitState;

        /**
         * Encodes the specified UnitState message. Does not implicitly {@link fleetpb.UnitState.verify|verify} messages.
         * @param message UnitState message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IUnitState, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnitState message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnitState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.UnitState;

        /**
         * Gets the default type url for UnitState
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ListMachinesRequest. */
    interface IListMachinesRequest {
    }

    /** Represents a ListMachinesRequest. */
    class ListMachinesRequest implements IListMachinesRequest {

        /**
         * Constructs a new ListMachinesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IListMachinesRequest);

        /**
         * Creates a new ListMachinesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListMachinesRequest instance
         */
        public static create(properties?: fleetpb.IListMachinesRequest): fleetpb.ListMachinesRequest;

        /**
         * Encodes the specified ListMachinesRequest message. Does not implicitly {@link fleetpb.ListMachinesRequest.verify|verify} messages.
         * @param message ListMachinesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IListMachinesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListMachinesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListMachinesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.ListMachinesRequest;

        /**
         * Gets the default type url for ListMachinesRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ListMachinesResponse. */
    interface IListMachinesResponse {

        /** ListMachinesResponse machines */
        machines?: (fleetpb.IMachine[]|null);
    }

    /** Represents a ListMachinesResponse. */
    class ListMachinesResponse implements IListMachinesResponse {

        /**
         * Constructs a new ListMachinesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IListMachinesResponse);

        /** ListMachinesResponse machines. */
        public machines: fleetpb.IMachine[];

        /**
         * Creates a new ListMachinesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListMachinesResponse instance
         */
        public static create(properties?: fleetpb.IListMachinesResponse): fleetpb.ListMachinesResponse;

        /**
         * Encodes the specified ListMachinesResponse message. Does not implicitly {@link fleetpb.ListMachinesResponse.verify|verify} messages.
         * @param message ListMachinesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IListMachinesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListMachinesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListMachinesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.ListMachinesResponse;

        /**
         * Gets the default type url for ListMachinesResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ListUnitsRequest. */
    interface IListUnitsRequest {
    }

    /** Represents a ListUnitsRequest. */
    class ListUnitsRequest implements IListUnitsRequest {

        /**
         * Constructs a new ListUnitsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IListUnitsRequest);

        /**
         * Creates a new ListUnitsRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListUnitsRequest instance
         */
        public static create(properties?: fleetpb.IListUnitsRequest): fleetpb.ListUnitsRequest;

        /**
         * Encodes the specified ListUnitsRequest message. Does not implicitly {@link fleetpb.ListUnitsRequest.verify|verify} messages.
         * @param message ListUnitsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IListUnitsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListUnitsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListUnitsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.ListUnitsRequest;

        /**
         * Gets the default type url for ListUnitsRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ListUnitsResponse. */
    interface IListUnitsResponse {

        /** ListUnitsResponse units */
        units?: (fleetpb.IUnit[]|null);
    }

    /** Represents a ListUnitsResponse. */
    class ListUnitsResponse implements IListUnitsResponse {

        /**
         * Constructs a new ListUnitsResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IListUnitsResponse);

        /** ListUnitsResponse units. */
        public units: fleetpb.IUnit[];

        /**
         * Creates a new ListUnitsResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListUnitsResponse instance
         */
        public static create(properties?: fleetpb.IListUnitsResponse): fleetpb.ListUnitsResponse;

        /**
         * Encodes the specified ListUnitsResponse message. Does not implicitly {@link fleetpb.ListUnitsResponse.verify|verify} messages.
         * @param message ListUnitsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IListUnitsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListUnitsResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListUnitsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.ListUnitsResponse;

        /**
         * Gets the default type url for ListUnitsResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ListUnitStatesRequest. */
    interface IListUnitStatesRequest {
    }

    /** Represents a ListUnitStatesRequest. */
    class ListUnitStatesRequest implements IListUnitStatesRequest {

        /**
         * Constructs a new ListUnitStatesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IListUnitStatesRequest);

        /**
         * Creates a new ListUnitStatesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListUnitStatesRequest instance
         */
        public static create(properties?: fleetpb.IListUnitStatesRequest): fleetpb.ListUnitStatesRequest;

        /**
         * Encodes the specified ListUnitStatesRequest message. Does not implicitly {@link fleetpb.ListUnitStatesRequest.verify|verify} messages.
         * @param message ListUnitStatesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IListUnitStatesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListUnitStatesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListUnitStatesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.ListUnitStatesRequest;

        /**
         * Gets the default type url for ListUnitStatesRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a ListUnitStatesResponse. */
    interface IListUnitStatesResponse {

        /** ListUnitStatesResponse states */
        states?: (fleetpb.IUnitState[]|null);
    }

    /** Represents a ListUnitStatesResponse. */
    class ListUnitStatesResponse implements IListUnitStatesResponse {

        /**
         * Constructs a new ListUnitStatesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IListUnitStatesResponse);

        /** ListUnitStatesResponse states. */
        public states: fleetpb.IUnitState[];

        /**
         * Creates a new ListUnitStatesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ListUnitStatesResponse instance
         */
        public static create(properties?: fleetpb.IListUnitStatesResponse): fleetpb.ListUnitStatesResponse;

        /**
         * Encodes the specified ListUnitStatesResponse message. Does not implicitly {@link fleetpb.ListUnitStatesResponse.verify|verify} messages.
         * @param message ListUnitStatesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IListUnitStatesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ListUnitStatesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns ListUnitStatesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.ListUnitStatesResponse;

        /**
         * Gets the default type url for ListUnitStatesResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SubmitRequest. */
    interface ISubmitRequest {

        /** SubmitRequest name */
        name?: (string|null);

        /** SubmitRequest options */
        options?: (fleetpb.IUnitOption[]|null);

        /** SubmitRequest desiredState */
        desiredState?: (string|null);

        /** SubmitRequest replace */
        replace?: (boolean|null);
    }

    /** Represents a SubmitRequest. */
    class SubmitRequest implements ISubmitRequest {

        /**
         * Constructs a new SubmitRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.ISubmitRequest);

        /** SubmitRequest name. */
        public name: string;

        /** SubmitRequest options. */
        public options: fleetpb.IUnitOption[];

        /** SubmitRequest desiredState. */
        public desiredState: string;

        /** SubmitRequest replace. */
        public replace: boolean;

        /**
         * Creates a new SubmitRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SubmitRequest instance
         */
        public static create(properties?: fleetpb.ISubmitRequest): fleetpb.SubmitRequest;

        /**
         * Encodes the specified SubmitRequest message. Does not implicitly {@link fleetpb.SubmitRequest.verify|verify} messages.
         * @param message SubmitRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.ISubmitRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SubmitRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SubmitRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.SubmitRequest;

        /**
         * Gets the default type url for SubmitRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SubmitResponse. */
    interface ISubmitResponse {

        /** SubmitResponse hash */
        hash?: (string|null);

        /** SubmitResponse outcome */
        outcome?: (string|null);
    }

    /** Represents a SubmitResponse. */
    class SubmitResponse implements ISubmitResponse {

        /**
         * Constructs a new SubmitResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.ISubmitResponse);

        /** SubmitResponse hash. */
        public hash: string;

        /** SubmitResponse outcome. */
        public outcome: string;

        /**
         * Creates a new SubmitResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SubmitResponse instance
         */
        public static create(properties?: fleetpb.ISubmitResponse): fleetpb.SubmitResponse;

        /**
         * Encodes the specified SubmitResponse message. Does not implicitly {@link fleetpb.SubmitResponse.verify|verify} messages.
         * @param message SubmitResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.ISubmitResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SubmitResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SubmitResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.SubmitResponse;

        /**
         * Gets the default type url for SubmitResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SetDesiredStateRequest. */
    interface ISetDesiredStateRequest {

        /** SetDesiredStateRequest name */
        name?: (string|null);

        /** SetDesiredStateRequest desiredState */
        desiredState?: (string|null);
    }

    /** Represents a SetDesiredStateRequest. */
    class SetDesiredStateRequest implements ISetDesiredStateRequest {

        /**
         * Constructs a new SetDesiredStateRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.ISetDesiredStateRequest);

        /** SetDesiredStateRequest name. */
        public name: string;

        /** SetDesiredStateRequest desiredState. */
        public desiredState: string;

        /**
         * Creates a new SetDesiredStateRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetDesiredStateRequest instance
         */
        public static create(properties?: fleetpb.ISetDesiredStateRequest): fleetpb.SetDesiredStateRequest;

        /**
         * Encodes the specified SetDesiredStateRequest message. Does not implicitly {@link fleetpb.SetDesiredStateRequest.verify|verify} messages.
         * @param message SetDesiredStateRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.ISetDesiredStateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetDesiredStateRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SetDesiredStateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.SetDesiredStateRequest;

        /**
         * Gets the default type url for SetDesiredStateRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a SetDesiredStateResponse. */
    interface ISetDesiredStateResponse {
    }

    /** Represents a SetDesiredStateResponse. */
    class SetDesiredStateResponse implements ISetDesiredStateResponse {

        /**
         * Constructs a new SetDesiredStateResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.ISetDesiredStateResponse);

        /**
         * Creates a new SetDesiredStateResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SetDesiredStateResponse instance
         */
        public static create(properties?: fleetpb.ISetDesiredStateResponse): fleetpb.SetDesiredStateResponse;

        /**
         * Encodes the specified SetDesiredStateResponse message. Does not implicitly {@link fleetpb.SetDesiredStateResponse.verify|verify} messages.
         * @param message SetDesiredStateResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.ISetDesiredStateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SetDesiredStateResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns SetDesiredStateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.SetDesiredStateResponse;

        /**
         * Gets the default type url for SetDesiredStateResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DestroyRequest. */
    interface IDestroyRequest {

        /** DestroyRequest name */
        name?: (string|null);
    }

    /** Represents a DestroyRequest. */
    class DestroyRequest implements IDestroyRequest {

        /**
         * Constructs a new DestroyRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IDestroyRequest);

        /** DestroyRequest name. */
        public name: string;

        /**
         * Creates a new DestroyRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DestroyRequest instance
         */
        public static create(properties?: fleetpb.IDestroyRequest): fleetpb.DestroyRequest;

        /**
         * Encodes the specified DestroyRequest message. Does not implicitly {@link fleetpb.DestroyRequest.verify|verify} messages.
         * @param message DestroyRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IDestroyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DestroyRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DestroyRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.DestroyRequest;

        /**
         * Gets the default type url for DestroyRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a DestroyResponse. */
    interface IDestroyResponse {
    }

    /** Represents a DestroyResponse. */
    class DestroyResponse implements IDestroyResponse {

        /**
         * Constructs a new DestroyResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IDestroyResponse);

        /**
         * Creates a new DestroyResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DestroyResponse instance
         */
        public static create(properties?: fleetpb.IDestroyResponse): fleetpb.DestroyResponse;

        /**
         * Encodes the specified DestroyResponse message. Does not implicitly {@link fleetpb.DestroyResponse.verify|verify} messages.
         * @param message DestroyResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IDestroyResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DestroyResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns DestroyResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.DestroyResponse;

        /**
         * Gets the default type url for DestroyResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a WatchUnitStatesRequest. */
    interface IWatchUnitStatesRequest {
    }

    /** Represents a WatchUnitStatesRequest. */
    class WatchUnitStatesRequest implements IWatchUnitStatesRequest {

        /**
         * Constructs a new WatchUnitStatesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IWatchUnitStatesRequest);

        /**
         * Creates a new WatchUnitStatesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WatchUnitStatesRequest instance
         */
        public static create(properties?: fleetpb.IWatchUnitStatesRequest): fleetpb.WatchUnitStatesRequest;

        /**
         * Encodes the specified WatchUnitStatesRequest message. Does not implicitly {@link fleetpb.WatchUnitStatesRequest.verify|verify} messages.
         * @param message WatchUnitStatesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IWatchUnitStatesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WatchUnitStatesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns WatchUnitStatesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.WatchUnitStatesRequest;

        /**
         * Gets the default type url for WatchUnitStatesRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an UnitStateEvent. */
    interface IUnitStateEvent {

        /** UnitStateEvent state */
        state?: (fleetpb.IUnitState|null);

        /** UnitStateEvent deleted */
        deleted?: (boolean|null);
    }

    /** Represents an UnitStateEvent. */
    class UnitStateEvent implements IUnitStateEvent {

        /**
         * Constructs a new UnitStateEvent.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IUnitStateEvent);

        /** UnitStateEvent state. */
        public state?: (fleetpb.IUnitState|null);

        /** UnitStateEvent deleted. */
        public deleted: boolean;

        /**
         * Creates a new UnitStateEvent instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnitStateEvent instance
         */
        public static create(properties?: fleetpb.IUnitStateEvent): fleetpb.UnitStateEvent;

        /**
         * Encodes the specified UnitStateEvent message. Does not implicitly {@link fleetpb.UnitStateEvent.verify|verify} messages.
         * @param message UnitStateEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IUnitStateEvent, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnitStateEvent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnitStateEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.UnitStateEvent;

        /**
         * Gets the default type url for UnitStateEvent
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a JournalRequest. */
    interface IJournalRequest {

        /** JournalRequest name */
        name?: (string|null);

        /** JournalRequest lines */
        lines?: (number|null);

        /** JournalRequest follow */
        follow?: (boolean|null);
    }

    /** Represents a JournalRequest. */
    class JournalRequest implements IJournalRequest {

        /**
         * Constructs a new JournalRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IJournalRequest);

        /** JournalRequest name. */
        public name: string;

        /** JournalRequest lines. */
        public lines: number;

        /** JournalRequest follow. */
        public follow: boolean;

        /**
         * Creates a new JournalRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JournalRequest instance
         */
        public static create(properties?: fleetpb.IJournalRequest): fleetpb.JournalRequest;

        /**
         * Encodes the specified JournalRequest message. Does not implicitly {@link fleetpb.JournalRequest.verify|verify} messages.
         * @param message JournalRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IJournalRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JournalRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns JournalRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.JournalRequest;

        /**
         * Gets the default type url for JournalRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of a JournalResponse. */
    interface IJournalResponse {

        /** JournalResponse lines */
        lines?: (string[]|null);
    }

    /** Represents a JournalResponse. */
    class JournalResponse implements IJournalResponse {

        /**
         * Constructs a new JournalResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IJournalResponse);

        /** JournalResponse lines. */
        public lines: string[];

        /**
         * Creates a new JournalResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JournalResponse instance
         */
        public static create(properties?: fleetpb.IJournalResponse): fleetpb.JournalResponse;

        /**
         * Encodes the specified JournalResponse message. Does not implicitly {@link fleetpb.JournalResponse.verify|verify} messages.
         * @param message JournalResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IJournalResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JournalResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns JournalResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.JournalResponse;

        /**
         * Gets the default type url for JournalResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an UnitStatusRequest. */
    interface IUnitStatusRequest {

        /** UnitStatusRequest name */
        name?: (string|null);
    }

    /** Represents an UnitStatusRequest. */
    class UnitStatusRequest implements IUnitStatusRequest {

        /**
         * Constructs a new UnitStatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IUnitStatusRequest);

        /** UnitStatusRequest name. */
        public name: string;

        /**
         * Creates a new UnitStatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnitStatusRequest instance
         */
        public static create(properties?: fleetpb.IUnitStatusRequest): fleetpb.UnitStatusRequest;

        /**
         * Encodes the specified UnitStatusRequest message. Does not implicitly {@link fleetpb.UnitStatusRequest.verify|verify} messages.
         * @param message UnitStatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IUnitStatusRequest, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnitStatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnitStatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.UnitStatusRequest;

        /**
         * Gets the default type url for UnitStatusRequest
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Properties of an UnitStatusResponse. */
    interface IUnitStatusResponse {

        /** UnitStatusResponse state */
        state?: (fleetpb.IUnitState|null);

        /** UnitStatusResponse mainPid */
        mainPid?: (number|null);

        /** UnitStatusResponse failures */
        failures?: (number|null);

        /** UnitStatusResponse description */
        description?: (string|null);

        /** UnitStatusResponse journal */
        journal?: (string[]|null);
    }

    /** Represents an UnitStatusResponse. */
    class UnitStatusResponse implements IUnitStatusResponse {

        /**
         * Constructs a new UnitStatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: fleetpb.IUnitStatusResponse);

        /** UnitStatusResponse state. */
        public state?: (fleetpb.IUnitState|null);

        /** UnitStatusResponse mainPid. */
        public mainPid: number;

        /** UnitStatusResponse failures. */
        public failures: number;

        /** UnitStatusResponse description. */
        public description: string;

        /** UnitStatusResponse journal. */
        public journal: string[];

        /**
         * Creates a new UnitStatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UnitStatusResponse instance
         */
        public static create(properties?: fleetpb.IUnitStatusResponse): fleetpb.UnitStatusResponse;

        /**
         * Encodes the specified UnitStatusResponse message. Does not implicitly {@link fleetpb.UnitStatusResponse.verify|verify} messages.
         * @param message UnitStatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        public static encode(message: fleetpb.IUnitStatusResponse, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an UnitStatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns UnitStatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): fleetpb.UnitStatusResponse;

        /**
         * Gets the default type url for UnitStatusResponse
         * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns The default type url
         */
        public static getTypeUrl(typeUrlPrefix?: string): string;
    }

    /** Represents a Fleet */
    class Fleet extends $protobuf.rpc.Service {

        /**
         * Constructs a new Fleet service.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         */
        constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

        /**
         * Creates new Fleet service using the specified rpc implementation.
         * @param rpcImpl RPC implementation
         * @param [requestDelimited=false] Whether requests are length-delimited
         * @param [responseDelimited=false] Whether responses are length-delimited
         * @returns RPC service. Useful where requests and/or responses are streamed.
         */
        public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Fleet;

        /**
         * Calls ListMachines.
         * @param request ListMachinesRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and ListMachinesResponse
         */
        public listMachines(request: fleetpb.IListMachinesRequest, callback: fleetpb.Fleet.ListMachinesCallback): void;

        /**
         * Calls ListMachines.
         * @param request ListMachinesRequest message or plain object
         * @returns Promise
         */
        public listMachines(request: fleetpb.IListMachinesRequest): Promise<fleetpb.ListMachinesResponse>;

        /**
         * Calls ListUnits.
         * @param request ListUnitsRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and ListUnitsResponse
         */
        public listUnits(request: fleetpb.IListUnitsRequest, callback: fleetpb.Fleet.ListUnitsCallback): void;

        /**
         * Calls ListUnits.
         * @param request ListUnitsRequest message or plain object
         * @returns Promise
         */
        public listUnits(request: fleetpb.IListUnitsRequest): Promise<fleetpb.ListUnitsResponse>;

        /**
         * Calls ListUnitStates.
         * @param request ListUnitStatesRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and ListUnitStatesResponse
         */
        public listUnitStates(request: fleetpb.IListUnitStatesRequest, callback: fleetpb.Fleet.ListUnitStatesCallback): void;

        /**
         * Calls ListUnitStates.
         * @param request ListUnitStatesRequest message or plain object
         * @returns Promise
         */
        public listUnitStates(request: fleetpb.IListUnitStatesRequest): Promise<fleetpb.ListUnitStatesResponse>;

        /**
         * Calls Submit.
         * @param request SubmitRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and SubmitResponse
         */
        public submit(request: fleetpb.ISubmitRequest, callback: fleetpb.Fleet.SubmitCallback): void;

        /**
         * Calls Submit.
         * @param request SubmitRequest message or plain object
         * @returns Promise
         */
        public submit(request: fleetpb.ISubmitRequest): Promise<fleetpb.SubmitResponse>;

        /**
         * Calls SetDesiredState.
         * @param request SetDesiredStateRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and SetDesiredStateResponse
         */
        public setDesiredState(request: fleetpb.ISetDesiredStateRequest, callback: fleetpb.Fleet.SetDesiredStateCallback): void;

        /**
         * Calls SetDesiredState.
         * @param request SetDesiredStateRequest message or plain object
         * @returns Promise
         */
        public setDesiredState(request: fleetpb.ISetDesiredStateRequest): Promise<fleetpb.SetDesiredStateResponse>;

        /**
         * Calls Destroy.
         * @param request DestroyRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and DestroyResponse
         */
        public destroy(request: fleetpb.IDestroyRequest, callback: fleetpb.Fleet.DestroyCallback): void;

        /**
         * Calls Destroy.
         * @param request DestroyRequest message or plain object
         * @returns Promise
         */
        public destroy(request: fleetpb.IDestroyRequest): Promise<fleetpb.DestroyResponse>;

        /**
         * Calls WatchUnitStates.
         * @param request WatchUnitStatesRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and UnitStateEvent
         */
        public watchUnitStates(request: fleetpb.IWatchUnitStatesRequest, callback: fleetpb.Fleet.WatchUnitStatesCallback): void;

        /**
         * Calls WatchUnitStates.
         * @param request WatchUnitStatesRequest message or plain object
         * @returns Promise
         */
        public watchUnitStates(request: fleetpb.IWatchUnitStatesRequest): Promise<fleetpb.UnitStateEvent>;

        /**
         * Calls Journal.
         * @param request JournalRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and JournalResponse
         */
        public journal(request: fleetpb.IJournalRequest, callback: fleetpb.Fleet.JournalCallback): void;

        /**
         * Calls Journal.
         * @param request JournalRequest message or plain object
         * @returns Promise
         */
        public journal(request: fleetpb.IJournalRequest): Promise<fleetpb.JournalResponse>;

        /**
         * Calls UnitStatus.
         * @param request UnitStatusRequest message or plain object
         * @param callback Node-style callback called with the error, if any, and UnitStatusResponse
         */
        public unitStatus(request: fleetpb.IUnitStatusRequest, callback: fleetpb.Fleet.UnitStatusCallback): void;

        /**
         * Calls UnitStatus.
         * @param request UnitStatusRequest message or plain object
         * @returns Promise
         */
        public unitStatus(request: fleetpb.IUnitStatusRequest): Promise<fleetpb.UnitStatusResponse>;
    }

    namespace Fleet {

        /**
         * Callback as used by {@link fleetpb.Fleet#listMachines}.
         * @param error Error, if any
         * @param [response] ListMachinesResponse
         */
        type ListMachinesCallback = (error: (Error|null), response?: fleetpb.ListMachinesResponse) => void;

        /**
         * Callback as used by {@link fleetpb.Fleet#listUnits}.
         * @param error Error, if any
         * @param [response] ListUnitsResponse
         */
        type ListUnitsCallback = (error: (Error|null), response?: fleetpb.ListUnitsResponse) => void;

        /**
         * Callback as used by {@link fleetpb.Fleet#listUnitStates}.
         * @param error Error, if any
         * @param [response] ListUnitStatesResponse
         */
        type ListUnitStatesCallback = (error: (Error|null), response?: fleetpb.ListUnitStatesResponse) => void;

        /**
         * Callback as used by {@link fleetpb.Fleet#submit}.
         * @param error Error, if any
         * @param [response] SubmitResponse
         */
        type SubmitCallback = (error: (Error|null), response?: fleetpb.SubmitResponse) => void;

        /**
         * Callback as used by {@link fleetpb.Fleet#setDesiredState}.
         * @param error Error, if any
         * @param [response] SetDesiredStateResponse
         */
        type SetDesiredStateCallback = (error: (Error|null), response?: fleetpb.SetDesiredStateResponse) => void;

        /**
         * Callback as used by {@link fleetpb.Fleet#destroy}.
         * @param error Error, if any
         * @param [response] DestroyResponse
         */
        type DestroyCallback = (error: (Error|null), response?: fleetpb.DestroyResponse) => void;

        /**
         * Callback as used by {@link fleetpb.Fleet#watchUnitStates}.
         * @param error Error, if any
         * @param [response] UnitStateEvent
         */
        type WatchUnitStatesCallback = (error: (Error|null), response?: fleetpb.UnitStateEvent) => void;

        /**
         * Callback as used by {@link fleetpb.Fleet#journal}.
         * @param error Error, if any
         * @param [response] JournalResponse
         */
        type JournalCallback = (error: (Error|null), response?: fleetpb.JournalResponse) => void;

        /**
         * Callback as used by {@link fleetpb.Fleet#unitStatus}.
         * @param error Error, if any
         * @param [response] UnitStatusResponse
         */
        type UnitStatusCallback = (error: (Error|null), response?: fleetpb.UnitStatusResponse) => void;
    }
}
