/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const clusterdpb = $root.clusterdpb = (() => {

    /**
     * Namespace clusterdpb.
     * @exports clusterdpb
     * @namespace
     */
    const clusterdpb = {};

    clusterdpb.InternalRequest = (function() {

        /**
         * Properties of an InternalRequest.
         * @memberof clusterdpb
         * @interface IInternalRequest
         * @property {number|Long|null} [id] InternalRequest id
         * @property {etcdserverpb.IPutRequest|null} [put] InternalRequest put
         * @property {etcdserverpb.IDeleteRangeRequest|null} [deleteRange] InternalRequest deleteRange
         * @property {etcdserverpb.ITxnRequest|null} [txn] InternalRequest txn
         * @property {etcdserverpb.ICompactionRequest|null} [compaction] InternalRequest compaction
         * @property {etcdserverpb.ILeaseGrantRequest|null} [leaseGrant] InternalRequest leaseGrant
         * @property {etcdserverpb.ILeaseRevokeRequest|null} [leaseRevoke] InternalRequest leaseRevoke
         * @property {etcdserverpb.IAlarmRequest|null} [alarm] InternalRequest alarm
         * @property {etcdserverpb.IRangeRequest|null} [range] InternalRequest range
         * @property {clusterdpb.IMemberAttributes|null} [memberAttributes] InternalRequest memberAttributes
         * @property {number|Long|null} [proposedAtMs] InternalRequest proposedAtMs
         */

        /**
         * Constructs a new InternalRequest.
         * @memberof clusterdpb
         * @classdesc Represents an InternalRequest.
         * @implements IInternalRequest
         * @constructor
         * @param {clusterdpb.IInternalRequest=} [properties] Properties to set
         */
        function InternalRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * InternalRequest id.
         * @member {number|Long} id
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        InternalRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * InternalRequest put.
         * @member {etcdserverpb.IPutRequest|null|undefined} put
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        InternalRequest.prototype.put = null;

        /**
         * InternalRequest deleteRange.
         * @member {etcdserverpb.IDeleteRangeRequest|null|undefined} deleteRange
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        InternalRequest.prototype.deleteRange = null;

        /**
         * InternalRequest txn.
         * @member {etcdserverpb.ITxnRequest|null|undefined} txn
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        InternalRequest.prototype.txn = null;

        /**
         * InternalRequest compaction.
         * @member {etcdserverpb.ICompactionRequest|null|undefined} compaction
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        InternalRequest.prototype.compaction = null;

        /**
         * InternalRequest leaseGrant.
         * @member {etcdserverpb.ILeaseGrantRequest|null|undefined} leaseGrant
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        InternalRequest.prototype.leaseGrant = null;

        /**
         * InternalRequest leaseRevoke.
         * @member {etcdserverpb.ILeaseRevokeRequest|null|undefined} leaseRevoke
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        InternalRequest.prototype.leaseRevoke = null;

        /**
         * InternalRequest alarm.
         * @member {etcdserverpb.IAlarmRequest|null|undefined} alarm
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        InternalRequest.prototype.alarm = null;

        /**
         * InternalRequest range.
         * @member {etcdserverpb.IRangeRequest|null|undefined} range
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        InternalRequest.prototype.range = null;

        /**
         * InternalRequest memberAttributes.
         * @member {clusterdpb.IMemberAttributes|null|undefined} memberAttributes
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        InternalRequest.prototype.memberAttributes = null;

        /**
         * InternalRequest proposedAtMs.
         * @member {number|Long} proposedAtMs
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        InternalRequest.prototype.proposedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * InternalRequest request.
         * @member {"put"|"deleteRange"|"txn"|"compaction"|"leaseGrant"|"leaseRevoke"|"alarm"|"range"|"memberAttributes"|undefined} request
         * @memberof clusterdpb.InternalRequest
         * @instance
         */
        Object.defineProperty(InternalRequest.prototype, "request", {
            get: $util.oneOfGetter($oneOfFields = ["put", "deleteRange", "txn", "compaction", "leaseGrant", "leaseRevoke", "alarm", "range", "memberAttributes"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new InternalRequest instance using the specified properties.
         * @function create
         * @memberof clusterdpb.InternalRequest
         * @static
         * @param {clusterdpb.IInternalRequest=} [properties] Properties to set
         * @returns {clusterdpb.InternalRequest} InternalRequest instance
         */
        InternalRequest.create = function create(properties) {
            return new InternalRequest(properties);
        };

        /**
         * Encodes the specified InternalRequest message. Does not implicitly {@link clusterdpb.InternalRequest.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.InternalRequest
         * @static
         * @param {clusterdpb.IInternalRequest} message InternalRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InternalRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
            if (message.put != null && Object.hasOwnProperty.call(message, "put"))
                $root.etcdserverpb.PutRequest.encode(message.put, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.deleteRange != null && Object.hasOwnProperty.call(message, "deleteRange"))
                $root.etcdserverpb.DeleteRangeRequest.encode(message.deleteRange, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (message.txn != null && Object.hasOwnProperty.call(message, "txn"))
                $root.etcdserverpb.TxnRequest.encode(message.txn, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (message.compaction != null && Object.hasOwnProperty.call(message, "compaction"))
                $root.etcdserverpb.CompactionRequest.encode(message.compaction, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (message.leaseGrant != null && Object.hasOwnProperty.call(message, "leaseGrant"))
                $root.etcdserverpb.LeaseGrantRequest.encode(message.leaseGrant, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (message.leaseRevoke != null && Object.hasOwnProperty.call(message, "leaseRevoke"))
                $root.etcdserverpb.LeaseRevokeRequest.encode(message.leaseRevoke, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (message.alarm != null && Object.hasOwnProperty.call(message, "alarm"))
                $root.etcdserverpb.AlarmRequest.encode(message.alarm, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (message.range != null && Object.hasOwnProperty.call(message, "range"))
                $root.etcdserverpb.RangeRequest.encode(message.range, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
            if (message.memberAttributes != null && Object.hasOwnProperty.call(message, "memberAttributes"))
                $root.clusterdpb.MemberAttributes.encode(message.memberAttributes, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            if (message.proposedAtMs != null && Object.hasOwnProperty.call(message, "proposedAtMs"))
                writer.uint32(/* id 20, wireType 0 =*/160).int64(message.proposedAtMs);
            return writer;
        };

        /**
         * Decodes an InternalRequest message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.InternalRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.InternalRequest} InternalRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InternalRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.InternalRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.id = reader.uint64();
                        break;
                    }
                case 2: {
                        message.put = $root.etcdserverpb.PutRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message.deleteRange = $root.etcdserverpb.DeleteRangeRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 4: {
                        message.txn = $root.etcdserverpb.TxnRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 5: {
                        message.compaction = $root.etcdserverpb.CompactionRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 6: {
                        message.leaseGrant = $root.etcdserverpb.LeaseGrantRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 7: {
                        message.leaseRevoke = $root.etcdserverpb.LeaseRevokeRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 8: {
                        message.alarm = $root.etcdserverpb.AlarmRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 9: {
                        message.range = $root.etcdserverpb.RangeRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 10: {
                        message.memberAttributes = $root.clusterdpb.MemberAttributes.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 20: {
                        message.proposedAtMs = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for InternalRequest
         * @function getTypeUrl
         * @memberof clusterdpb.InternalRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        InternalRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.InternalRequest";
        };

        return InternalRequest;
    })();

    /**
     * RaftEntryType enum.
     * @name clusterdpb.RaftEntryType
     * @enum {number}
     * @property {number} EntryNormal=0 EntryNormal value
     * @property {number} EntryConfChange=1 EntryConfChange value
     */
    clusterdpb.RaftEntryType = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "EntryNormal"] = 0;
        values[valuesById[1] = "EntryConfChange"] = 1;
        return values;
    })();

    clusterdpb.MemberAttributes = (function() {

        /**
         * Properties of a MemberAttributes.
         * @memberof clusterdpb
         * @interface IMemberAttributes
         * @property {number|Long|null} [memberId] MemberAttributes memberId
         * @property {string|null} [name] MemberAttributes name
         * @property {Array.<string>|null} [clientUrls] MemberAttributes clientUrls
         * @property {Array.<string>|null} [peerUrls] MemberAttributes peerUrls
         */

        /**
         * Constructs a new MemberAttributes.
         * @memberof clusterdpb
         * @classdesc Represents a MemberAttributes.
         * @implements IMemberAttributes
         * @constructor
         * @param {clusterdpb.IMemberAttributes=} [properties] Properties to set
         */
        function MemberAttributes(properties) {
            this.clientUrls = [];
            this.peerUrls = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MemberAttributes memberId.
         * @member {number|Long} memberId
         * @memberof clusterdpb.MemberAttributes
         * @instance
         */
        MemberAttributes.prototype.memberId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MemberAttributes name.
         * @member {string} name
         * @memberof clusterdpb.MemberAttributes
         * @instance
         */
        MemberAttributes.prototype.name = "";

        /**
         * MemberAttributes clientUrls.
         * @member {Array.<string>} clientUrls
         * @memberof clusterdpb.MemberAttributes
         * @instance
         */
        MemberAttributes.prototype.clientUrls = $util.emptyArray;

        /**
         * MemberAttributes peerUrls.
         * @member {Array.<string>} peerUrls
         * @memberof clusterdpb.MemberAttributes
         * @instance
         */
        MemberAttributes.prototype.peerUrls = $util.emptyArray;

        /**
         * Creates a new MemberAttributes instance using the specified properties.
         * @function create
         * @memberof clusterdpb.MemberAttributes
         * @static
         * @param {clusterdpb.IMemberAttributes=} [properties] Properties to set
         * @returns {clusterdpb.MemberAttributes} MemberAttributes instance
         */
        MemberAttributes.create = function create(properties) {
            return new MemberAttributes(properties);
        };

        /**
         * Encodes the specified MemberAttributes message. Does not implicitly {@link clusterdpb.MemberAttributes.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.MemberAttributes
         * @static
         * @param {clusterdpb.IMemberAttributes} message MemberAttributes message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberAttributes.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.memberId != null && Object.hasOwnProperty.call(message, "memberId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.memberId);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.clientUrls != null && message.clientUrls.length)
                for (let i = 0; i < message.clientUrls.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientUrls[i]);
            if (message.peerUrls != null && message.peerUrls.length)
                for (let i = 0; i < message.peerUrls.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.peerUrls[i]);
            return writer;
        };

        /**
         * Decodes a MemberAttributes message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.MemberAttributes
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.MemberAttributes} MemberAttributes
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberAttributes.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.MemberAttributes();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.memberId = reader.uint64();
                        break;
                    }
                case 2: {
                        message.name = reader.string();
                        break;
                    }
                case 3: {
                        if (!(message.clientUrls && message.clientUrls.length))
                            message.clientUrls = [];
                        message.clientUrls.push(reader.string());
                        break;
                    }
                case 4: {
                        if (!(message.peerUrls && message.peerUrls.length))
                            message.peerUrls = [];
                        message.peerUrls.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MemberAttributes
         * @function getTypeUrl
         * @memberof clusterdpb.MemberAttributes
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MemberAttributes.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.MemberAttributes";
        };

        return MemberAttributes;
    })();

    clusterdpb.RaftEntry = (function() {

        /**
         * Properties of a RaftEntry.
         * @memberof clusterdpb
         * @interface IRaftEntry
         * @property {number|Long|null} [term] RaftEntry term
         * @property {number|Long|null} [index] RaftEntry index
         * @property {clusterdpb.RaftEntryType|null} [type] RaftEntry type
         * @property {Uint8Array|null} [data] RaftEntry data
         */

        /**
         * Constructs a new RaftEntry.
         * @memberof clusterdpb
         * @classdesc Represents a RaftEntry.
         * @implements IRaftEntry
         * @constructor
         * @param {clusterdpb.IRaftEntry=} [properties] Properties to set
         */
        function RaftEntry(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RaftEntry term.
         * @member {number|Long} term
         * @memberof clusterdpb.RaftEntry
         * @instance
         */
        RaftEntry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftEntry index.
         * @member {number|Long} index
         * @memberof clusterdpb.RaftEntry
         * @instance
         */
        RaftEntry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftEntry type.
         * @member {clusterdpb.RaftEntryType} type
         * @memberof clusterdpb.RaftEntry
         * @instance
         */
        RaftEntry.prototype.type = 0;

        /**
         * RaftEntry data.
         * @member {Uint8Array} data
         * @memberof clusterdpb.RaftEntry
         * @instance
         */
        RaftEntry.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new RaftEntry instance using the specified properties.
         * @function create
         * @memberof clusterdpb.RaftEntry
         * @static
         * @param {clusterdpb.IRaftEntry=} [properties] Properties to set
         * @returns {clusterdpb.RaftEntry} RaftEntry instance
         */
        RaftEntry.create = function create(properties) {
            return new RaftEntry(properties);
        };

        /**
         * Encodes the specified RaftEntry message. Does not implicitly {@link clusterdpb.RaftEntry.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.RaftEntry
         * @static
         * @param {clusterdpb.IRaftEntry} message RaftEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RaftEntry.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.term != null && Object.hasOwnProperty.call(message, "term"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.term);
            if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.index);
            if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
            return writer;
        };

        /**
         * Decodes a RaftEntry message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.RaftEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.RaftEntry} RaftEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RaftEntry.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.RaftEntry();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 2: {
                        message.term = reader.uint64();
                        break;
                    }
                case 3: {
                        message.index = reader.uint64();
                        break;
                    }
                case 1: {
                        message.type = reader.int32();
                        break;
                    }
                case 4: {
                        message.data = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for RaftEntry
         * @function getTypeUrl
         * @memberof clusterdpb.RaftEntry
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RaftEntry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.RaftEntry";
        };

        return RaftEntry;
    })();

    clusterdpb.RaftHardState = (function() {

        /**
         * Properties of a RaftHardState.
         * @memberof clusterdpb
         * @interface IRaftHardState
         * @property {number|Long|null} [term] RaftHardState term
         * @property {number|Long|null} [vote] RaftHardState vote
         * @property {number|Long|null} [commit] RaftHardState commit
         */

        /**
         * Constructs a new RaftHardState.
         * @memberof clusterdpb
         * @classdesc Represents a RaftHardState.
         * @implements IRaftHardState
         * @constructor
         * @param {clusterdpb.IRaftHardState=} [properties] Properties to set
         */
        function RaftHardState(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RaftHardState term.
         * @member {number|Long} term
         * @memberof clusterdpb.RaftHardState
         * @instance
         */
        RaftHardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftHardState vote.
         * @member {number|Long} vote
         * @memberof clusterdpb.RaftHardState
         * @instance
         */
        RaftHardState.prototype.vote = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftHardState commit.
         * @member {number|Long} commit
         * @memberof clusterdpb.RaftHardState
         * @instance
         */
        RaftHardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RaftHardState instance using the specified properties.
         * @function create
         * @memberof clusterdpb.RaftHardState
         * @static
         * @param {clusterdpb.IRaftHardState=} [properties] Properties to set
         * @returns {clusterdpb.RaftHardState} RaftHardState instance
         */
        RaftHardState.create = function create(properties) {
            return new RaftHardState(properties);
        };

        /**
         * Encodes the specified RaftHardState message. Does not implicitly {@link clusterdpb.RaftHardState.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.RaftHardState
         * @static
         * @param {clusterdpb.IRaftHardState} message RaftHardState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RaftHardState.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.term != null && Object.hasOwnProperty.call(message, "term"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
            if (message.vote != null && Object.hasOwnProperty.call(message, "vote"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.vote);
            if (message.commit != null && Object.hasOwnProperty.call(message, "commit"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.commit);
            return writer;
        };

        /**
         * Decodes a RaftHardState message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.RaftHardState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.RaftHardState} RaftHardState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RaftHardState.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.RaftHardState();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.term = reader.uint64();
                        break;
                    }
                case 2: {
                        message.vote = reader.uint64();
                        break;
                    }
                case 3: {
                        message.commit = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for RaftHardState
         * @function getTypeUrl
         * @memberof clusterdpb.RaftHardState
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RaftHardState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.RaftHardState";
        };

        return RaftHardState;
    })();

    clusterdpb.RaftConfState = (function() {

        /**
         * Properties of a RaftConfState.
         * @memberof clusterdpb
         * @interface IRaftConfState
         * @property {Array.<number|Long>|null} [voters] RaftConfState voters
         * @property {Array.<number|Long>|null} [learners] RaftConfState learners
         * @property {Array.<number|Long>|null} [votersOutgoing] RaftConfState votersOutgoing
         * @property {Array.<number|Long>|null} [learnersNext] RaftConfState learnersNext
         * @property {boolean|null} [autoLeave] RaftConfState autoLeave
         */

        /**
         * Constructs a new RaftConfState.
         * @memberof clusterdpb
         * @classdesc Represents a RaftConfState.
         * @implements IRaftConfState
         * @constructor
         * @param {clusterdpb.IRaftConfState=} [properties] Properties to set
         */
        function RaftConfState(properties) {
            this.voters = [];
            this.learners = [];
            this.votersOutgoing = [];
            this.learnersNext = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RaftConfState voters.
         * @member {Array.<number|Long>} voters
         * @memberof clusterdpb.RaftConfState
         * @instance
         */
        RaftConfState.prototype.voters = $util.emptyArray;

        /**
         * RaftConfState learners.
         * @member {Array.<number|Long>} learners
         * @memberof clusterdpb.RaftConfState
         * @instance
         */
        RaftConfState.prototype.learners = $util.emptyArray;

        /**
         * RaftConfState votersOutgoing.
         * @member {Array.<number|Long>} votersOutgoing
         * @memberof clusterdpb.RaftConfState
         * @instance
         */
        RaftConfState.prototype.votersOutgoing = $util.emptyArray;

        /**
         * RaftConfState learnersNext.
         * @member {Array.<number|Long>} learnersNext
         * @memberof clusterdpb.RaftConfState
         * @instance
         */
        RaftConfState.prototype.learnersNext = $util.emptyArray;

        /**
         * RaftConfState autoLeave.
         * @member {boolean} autoLeave
         * @memberof clusterdpb.RaftConfState
         * @instance
         */
        RaftConfState.prototype.autoLeave = false;

        /**
         * Creates a new RaftConfState instance using the specified properties.
         * @function create
         * @memberof clusterdpb.RaftConfState
         * @static
         * @param {clusterdpb.IRaftConfState=} [properties] Properties to set
         * @returns {clusterdpb.RaftConfState} RaftConfState instance
         */
        RaftConfState.create = function create(properties) {
            return new RaftConfState(properties);
        };

        /**
         * Encodes the specified RaftConfState message. Does not implicitly {@link clusterdpb.RaftConfState.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.RaftConfState
         * @static
         * @param {clusterdpb.IRaftConfState} message RaftConfState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RaftConfState.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.voters != null && message.voters.length) {
                writer.uint32(/* id 1, wireType 2 =*/10).fork();
                for (let i = 0; i < message.voters.length; ++i)
                    writer.uint64(message.voters[i]);
                writer.ldelim();
            }
            if (message.learners != null && message.learners.length) {
                writer.uint32(/* id 2, wireType 2 =*/18).fork();
                for (let i = 0; i < message.learners.length; ++i)
                    writer.uint64(message.learners[i]);
                writer.ldelim();
            }
            if (message.votersOutgoing != null && message.votersOutgoing.length) {
                writer.uint32(/* id 3, wireType 2 =*/26).fork();
                for (let i = 0; i < message.votersOutgoing.length; ++i)
                    writer.uint64(message.votersOutgoing[i]);
                writer.ldelim();
            }
            if (message.learnersNext != null && message.learnersNext.length) {
                writer.uint32(/* id 4, wireType 2 =*/34).fork();
                for (let i = 0; i < message.learnersNext.length; ++i)
                    writer.uint64(message.learnersNext[i]);
                writer.ldelim();
            }
            if (message.autoLeave != null && Object.hasOwnProperty.call(message, "autoLeave"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.autoLeave);
            return writer;
        };

        /**
         * Decodes a RaftConfState message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.RaftConfState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.RaftConfState} RaftConfState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RaftConfState.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.RaftConfState();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.voters && message.voters.length))
                            message.voters = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.voters.push(reader.uint64());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.voters.push(reader.uint64());
                        break;
                    }
                case 2: {
                        if (!(message.learners && message.learners.length))
                            message.learners = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.learners.push(reader.uint64());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.learners.push(reader.uint64());
                        break;
                    }
                case 3: {
                        if (!(message.votersOutgoing && message.votersOutgoing.length))
                            message.votersOutgoing = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.votersOutgoing.push(reader.uint64());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.votersOutgoing.push(reader.uint64());
                        break;
                    }
                case 4: {
                        if (!(message.learnersNext && message.learnersNext.length))
                            message.learnersNext = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.learnersNext.push(reader.uint64());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.learnersNext.push(reader.uint64());
                        break;
                    }
                case 5: {
                        message.autoLeave = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for RaftConfState
         * @function getTypeUrl
         * @memberof clusterdpb.RaftConfState
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RaftConfState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.RaftConfState";
        };

        return RaftConfState;
    })();

    clusterdpb.RaftSnapshotMetadata = (function() {

        /**
         * Properties of a RaftSnapshotMetadata.
         * @memberof clusterdpb
         * @interface IRaftSnapshotMetadata
         * @property {clusterdpb.IRaftConfState|null} [confState] RaftSnapshotMetadata confState
         * @property {number|Long|null} [index] RaftSnapshotMetadata index
         * @property {number|Long|null} [term] RaftSnapshotMetadata term
         */

        /**
         * Constructs a new RaftSnapshotMetadata.
         * @memberof clusterdpb
         * @classdesc Represents a RaftSnapshotMetadata.
         * @implements IRaftSnapshotMetadata
         * @constructor
         * @param {clusterdpb.IRaftSnapshotMetadata=} [properties] Properties to set
         */
        function RaftSnapshotMetadata(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RaftSnapshotMetadata confState.
         * @member {clusterdpb.IRaftConfState|null|undefined} confState
         * @memberof clusterdpb.RaftSnapshotMetadata
         * @instance
         */
        RaftSnapshotMetadata.prototype.confState = null;

        /**
         * RaftSnapshotMetadata index.
         * @member {number|Long} index
         * @memberof clusterdpb.RaftSnapshotMetadata
         * @instance
         */
        RaftSnapshotMetadata.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftSnapshotMetadata term.
         * @member {number|Long} term
         * @memberof clusterdpb.RaftSnapshotMetadata
         * @instance
         */
        RaftSnapshotMetadata.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RaftSnapshotMetadata instance using the specified properties.
         * @function create
         * @memberof clusterdpb.RaftSnapshotMetadata
         * @static
         * @param {clusterdpb.IRaftSnapshotMetadata=} [properties] Properties to set
         * @returns {clusterdpb.RaftSnapshotMetadata} RaftSnapshotMetadata instance
         */
        RaftSnapshotMetadata.create = function create(properties) {
            return new RaftSnapshotMetadata(properties);
        };

        /**
         * Encodes the specified RaftSnapshotMetadata message. Does not implicitly {@link clusterdpb.RaftSnapshotMetadata.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.RaftSnapshotMetadata
         * @static
         * @param {clusterdpb.IRaftSnapshotMetadata} message RaftSnapshotMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RaftSnapshotMetadata.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.confState != null && Object.hasOwnProperty.call(message, "confState"))
                $root.clusterdpb.RaftConfState.encode(message.confState, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
            if (message.term != null && Object.hasOwnProperty.call(message, "term"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.term);
            return writer;
        };

        /**
         * Decodes a RaftSnapshotMetadata message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.RaftSnapshotMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.RaftSnapshotMetadata} RaftSnapshotMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RaftSnapshotMetadata.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.RaftSnapshotMetadata();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.confState = $root.clusterdpb.RaftConfState.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.index = reader.uint64();
                        break;
                    }
                case 3: {
                        message.term = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for RaftSnapshotMetadata
         * @function getTypeUrl
         * @memberof clusterdpb.RaftSnapshotMetadata
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RaftSnapshotMetadata.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.RaftSnapshotMetadata";
        };

        return RaftSnapshotMetadata;
    })();

    /**
     * RaftMessageType enum.
     * @name clusterdpb.RaftMessageType
     * @enum {number}
     * @property {number} MsgHup=0 MsgHup value
     * @property {number} MsgBeat=1 MsgBeat value
     * @property {number} MsgProp=2 MsgProp value
     * @property {number} MsgApp=3 MsgApp value
     * @property {number} MsgAppResp=4 MsgAppResp value
     * @property {number} MsgVote=5 MsgVote value
     * @property {number} MsgVoteResp=6 MsgVoteResp value
     * @property {number} MsgSnap=7 MsgSnap value
     * @property {number} MsgHeartbeat=8 MsgHeartbeat value
     * @property {number} MsgHeartbeatResp=9 MsgHeartbeatResp value
     * @property {number} MsgUnreachable=10 MsgUnreachable value
     * @property {number} MsgSnapStatus=11 MsgSnapStatus value
     * @property {number} MsgCheckQuorum=12 MsgCheckQuorum value
     * @property {number} MsgTransferLeader=13 MsgTransferLeader value
     * @property {number} MsgTimeoutNow=14 MsgTimeoutNow value
     * @property {number} MsgReadIndex=15 MsgReadIndex value
     * @property {number} MsgReadIndexResp=16 MsgReadIndexResp value
     * @property {number} MsgPreVote=17 MsgPreVote value
     * @property {number} MsgPreVoteResp=18 MsgPreVoteResp value
     * @property {number} MsgForgetLeader=23 MsgForgetLeader value
     */
    clusterdpb.RaftMessageType = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "MsgHup"] = 0;
        values[valuesById[1] = "MsgBeat"] = 1;
        values[valuesById[2] = "MsgProp"] = 2;
        values[valuesById[3] = "MsgApp"] = 3;
        values[valuesById[4] = "MsgAppResp"] = 4;
        values[valuesById[5] = "MsgVote"] = 5;
        values[valuesById[6] = "MsgVoteResp"] = 6;
        values[valuesById[7] = "MsgSnap"] = 7;
        values[valuesById[8] = "MsgHeartbeat"] = 8;
        values[valuesById[9] = "MsgHeartbeatResp"] = 9;
        values[valuesById[10] = "MsgUnreachable"] = 10;
        values[valuesById[11] = "MsgSnapStatus"] = 11;
        values[valuesById[12] = "MsgCheckQuorum"] = 12;
        values[valuesById[13] = "MsgTransferLeader"] = 13;
        values[valuesById[14] = "MsgTimeoutNow"] = 14;
        values[valuesById[15] = "MsgReadIndex"] = 15;
        values[valuesById[16] = "MsgReadIndexResp"] = 16;
        values[valuesById[17] = "MsgPreVote"] = 17;
        values[valuesById[18] = "MsgPreVoteResp"] = 18;
        values[valuesById[23] = "MsgForgetLeader"] = 23;
        return values;
    })();

    clusterdpb.RaftMessage = (function() {

        /**
         * Properties of a RaftMessage.
         * @memberof clusterdpb
         * @interface IRaftMessage
         * @property {clusterdpb.RaftMessageType|null} [type] RaftMessage type
         * @property {number|Long|null} [to] RaftMessage to
         * @property {number|Long|null} [from] RaftMessage from
         * @property {number|Long|null} [term] RaftMessage term
         * @property {number|Long|null} [logTerm] RaftMessage logTerm
         * @property {number|Long|null} [index] RaftMessage index
         * @property {Array.<clusterdpb.IRaftEntry>|null} [entries] RaftMessage entries
         * @property {number|Long|null} [commit] RaftMessage commit
         * @property {clusterdpb.IRaftSnapshotMetadata|null} [snapshot] RaftMessage snapshot
         * @property {boolean|null} [reject] RaftMessage reject
         * @property {number|Long|null} [rejectHint] RaftMessage rejectHint
         * @property {Uint8Array|null} [context] RaftMessage context
         */

        /**
         * Constructs a new RaftMessage.
         * @memberof clusterdpb
         * @classdesc Represents a RaftMessage.
         * @implements IRaftMessage
         * @constructor
         * @param {clusterdpb.IRaftMessage=} [properties] Properties to set
         */
        function RaftMessage(properties) {
            this.entries = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RaftMessage type.
         * @member {clusterdpb.RaftMessageType} type
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.type = 0;

        /**
         * RaftMessage to.
         * @member {number|Long} to
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage from.
         * @member {number|Long} from
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage term.
         * @member {number|Long} term
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage logTerm.
         * @member {number|Long} logTerm
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.logTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage index.
         * @member {number|Long} index
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage entries.
         * @member {Array.<clusterdpb.IRaftEntry>} entries
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.entries = $util.emptyArray;

        /**
         * RaftMessage commit.
         * @member {number|Long} commit
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage snapshot.
         * @member {clusterdpb.IRaftSnapshotMetadata|null|undefined} snapshot
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.snapshot = null;

        /**
         * RaftMessage reject.
         * @member {boolean} reject
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.reject = false;

        /**
         * RaftMessage rejectHint.
         * @member {number|Long} rejectHint
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RaftMessage context.
         * @member {Uint8Array|null|undefined} context
         * @memberof clusterdpb.RaftMessage
         * @instance
         */
        RaftMessage.prototype.context = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        Object.defineProperty(RaftMessage.prototype, "_context", {
            get: $util.oneOfGetter($oneOfFields = ["context"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new RaftMessage instance using the specified properties.
         * @function create
         * @memberof clusterdpb.RaftMessage
         * @static
         * @param {clusterdpb.IRaftMessage=} [properties] Properties to set
         * @returns {clusterdpb.RaftMessage} RaftMessage instance
         */
        RaftMessage.create = function create(properties) {
            return new RaftMessage(properties);
        };

        /**
         * Encodes the specified RaftMessage message. Does not implicitly {@link clusterdpb.RaftMessage.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.RaftMessage
         * @static
         * @param {clusterdpb.IRaftMessage} message RaftMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RaftMessage.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.to != null && Object.hasOwnProperty.call(message, "to"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.to);
            if (message.from != null && Object.hasOwnProperty.call(message, "from"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.from);
            if (message.term != null && Object.hasOwnProperty.call(message, "term"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
            if (message.logTerm != null && Object.hasOwnProperty.call(message, "logTerm"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.logTerm);
            if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.index);
            if (message.entries != null && message.entries.length)
                for (let i = 0; i < message.entries.length; ++i)
                    $root.clusterdpb.RaftEntry.encode(message.entries[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (message.commit != null && Object.hasOwnProperty.call(message, "commit"))
                writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.commit);
            if (message.snapshot != null && Object.hasOwnProperty.call(message, "snapshot"))
                $root.clusterdpb.RaftSnapshotMetadata.encode(message.snapshot, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
            if (message.reject != null && Object.hasOwnProperty.call(message, "reject"))
                writer.uint32(/* id 10, wireType 0 =*/80).bool(message.reject);
            if (message.rejectHint != null && Object.hasOwnProperty.call(message, "rejectHint"))
                writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.rejectHint);
            if (message.context != null && Object.hasOwnProperty.call(message, "context"))
                writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.context);
            return writer;
        };

        /**
         * Decodes a RaftMessage message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.RaftMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.RaftMessage} RaftMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RaftMessage.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.RaftMessage();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.type = reader.int32();
                        break;
                    }
                case 2: {
                        message.to = reader.uint64();
                        break;
                    }
                case 3: {
                        message.from = reader.uint64();
                        break;
                    }
                case 4: {
                        message.term = reader.uint64();
                        break;
                    }
                case 5: {
                        message.logTerm = reader.uint64();
                        break;
                    }
                case 6: {
                        message.index = reader.uint64();
                        break;
                    }
                case 7: {
                        if (!(message.entries && message.entries.length))
                            message.entries = [];
                        message.entries.push($root.clusterdpb.RaftEntry.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 8: {
                        message.commit = reader.uint64();
                        break;
                    }
                case 9: {
                        message.snapshot = $root.clusterdpb.RaftSnapshotMetadata.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 10: {
                        message.reject = reader.bool();
                        break;
                    }
                case 11: {
                        message.rejectHint = reader.uint64();
                        break;
                    }
                case 12: {
                        message.context = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for RaftMessage
         * @function getTypeUrl
         * @memberof clusterdpb.RaftMessage
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RaftMessage.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.RaftMessage";
        };

        return RaftMessage;
    })();

    clusterdpb.RaftMessageBatch = (function() {

        /**
         * Properties of a RaftMessageBatch.
         * @memberof clusterdpb
         * @interface IRaftMessageBatch
         * @property {Array.<clusterdpb.IRaftMessage>|null} [messages] RaftMessageBatch messages
         */

        /**
         * Constructs a new RaftMessageBatch.
         * @memberof clusterdpb
         * @classdesc Represents a RaftMessageBatch.
         * @implements IRaftMessageBatch
         * @constructor
         * @param {clusterdpb.IRaftMessageBatch=} [properties] Properties to set
         */
        function RaftMessageBatch(properties) {
            this.messages = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RaftMessageBatch messages.
         * @member {Array.<clusterdpb.IRaftMessage>} messages
         * @memberof clusterdpb.RaftMessageBatch
         * @instance
         */
        RaftMessageBatch.prototype.messages = $util.emptyArray;

        /**
         * Creates a new RaftMessageBatch instance using the specified properties.
         * @function create
         * @memberof clusterdpb.RaftMessageBatch
         * @static
         * @param {clusterdpb.IRaftMessageBatch=} [properties] Properties to set
         * @returns {clusterdpb.RaftMessageBatch} RaftMessageBatch instance
         */
        RaftMessageBatch.create = function create(properties) {
            return new RaftMessageBatch(properties);
        };

        /**
         * Encodes the specified RaftMessageBatch message. Does not implicitly {@link clusterdpb.RaftMessageBatch.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.RaftMessageBatch
         * @static
         * @param {clusterdpb.IRaftMessageBatch} message RaftMessageBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RaftMessageBatch.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.messages != null && message.messages.length)
                for (let i = 0; i < message.messages.length; ++i)
                    $root.clusterdpb.RaftMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a RaftMessageBatch message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.RaftMessageBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.RaftMessageBatch} RaftMessageBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RaftMessageBatch.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.RaftMessageBatch();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.messages && message.messages.length))
                            message.messages = [];
                        message.messages.push($root.clusterdpb.RaftMessage.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for RaftMessageBatch
         * @function getTypeUrl
         * @memberof clusterdpb.RaftMessageBatch
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RaftMessageBatch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.RaftMessageBatch";
        };

        return RaftMessageBatch;
    })();

    clusterdpb.PeerAck = (function() {

        /**
         * Properties of a PeerAck.
         * @memberof clusterdpb
         * @interface IPeerAck
         * @property {number|Long|null} [receivedBatches] PeerAck receivedBatches
         */

        /**
         * Constructs a new PeerAck.
         * @memberof clusterdpb
         * @classdesc Represents a PeerAck.
         * @implements IPeerAck
         * @constructor
         * @param {clusterdpb.IPeerAck=} [properties] Properties to set
         */
        function PeerAck(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * PeerAck receivedBatches.
         * @member {number|Long} receivedBatches
         * @memberof clusterdpb.PeerAck
         * @instance
         */
        PeerAck.prototype.receivedBatches = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new PeerAck instance using the specified properties.
         * @function create
         * @memberof clusterdpb.PeerAck
         * @static
         * @param {clusterdpb.IPeerAck=} [properties] Properties to set
         * @returns {clusterdpb.PeerAck} PeerAck instance
         */
        PeerAck.create = function create(properties) {
            return new PeerAck(properties);
        };

        /**
         * Encodes the specified PeerAck message. Does not implicitly {@link clusterdpb.PeerAck.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.PeerAck
         * @static
         * @param {clusterdpb.IPeerAck} message PeerAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PeerAck.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.receivedBatches != null && Object.hasOwnProperty.call(message, "receivedBatches"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.receivedBatches);
            return writer;
        };

        /**
         * Decodes a PeerAck message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.PeerAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.PeerAck} PeerAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PeerAck.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.PeerAck();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.receivedBatches = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for PeerAck
         * @function getTypeUrl
         * @memberof clusterdpb.PeerAck
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        PeerAck.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.PeerAck";
        };

        return PeerAck;
    })();

    clusterdpb.SnapshotChunk = (function() {

        /**
         * Properties of a SnapshotChunk.
         * @memberof clusterdpb
         * @interface ISnapshotChunk
         * @property {clusterdpb.IRaftMessage|null} [message] SnapshotChunk message
         * @property {Uint8Array|null} [data] SnapshotChunk data
         * @property {clusterdpb.ISnapshotEnd|null} [end] SnapshotChunk end
         */

        /**
         * Constructs a new SnapshotChunk.
         * @memberof clusterdpb
         * @classdesc Represents a SnapshotChunk.
         * @implements ISnapshotChunk
         * @constructor
         * @param {clusterdpb.ISnapshotChunk=} [properties] Properties to set
         */
        function SnapshotChunk(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SnapshotChunk message.
         * @member {clusterdpb.IRaftMessage|null|undefined} message
         * @memberof clusterdpb.SnapshotChunk
         * @instance
         */
        SnapshotChunk.prototype.message = null;

        /**
         * SnapshotChunk data.
         * @member {Uint8Array|null|undefined} data
         * @memberof clusterdpb.SnapshotChunk
         * @instance
         */
        SnapshotChunk.prototype.data = null;

        /**
         * SnapshotChunk end.
         * @member {clusterdpb.ISnapshotEnd|null|undefined} end
         * @memberof clusterdpb.SnapshotChunk
         * @instance
         */
        SnapshotChunk.prototype.end = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * SnapshotChunk chunk.
         * @member {"message"|"data"|"end"|undefined} chunk
         * @memberof clusterdpb.SnapshotChunk
         * @instance
         */
        Object.defineProperty(SnapshotChunk.prototype, "chunk", {
            get: $util.oneOfGetter($oneOfFields = ["message", "data", "end"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new SnapshotChunk instance using the specified properties.
         * @function create
         * @memberof clusterdpb.SnapshotChunk
         * @static
         * @param {clusterdpb.ISnapshotChunk=} [properties] Properties to set
         * @returns {clusterdpb.SnapshotChunk} SnapshotChunk instance
         */
        SnapshotChunk.create = function create(properties) {
            return new SnapshotChunk(properties);
        };

        /**
         * Encodes the specified SnapshotChunk message. Does not implicitly {@link clusterdpb.SnapshotChunk.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.SnapshotChunk
         * @static
         * @param {clusterdpb.ISnapshotChunk} message SnapshotChunk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotChunk.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                $root.clusterdpb.RaftMessage.encode(message.message, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
            if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                $root.clusterdpb.SnapshotEnd.encode(message.end, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a SnapshotChunk message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.SnapshotChunk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.SnapshotChunk} SnapshotChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotChunk.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.SnapshotChunk();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.message = $root.clusterdpb.RaftMessage.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.data = reader.bytes();
                        break;
                    }
                case 3: {
                        message.end = $root.clusterdpb.SnapshotEnd.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for SnapshotChunk
         * @function getTypeUrl
         * @memberof clusterdpb.SnapshotChunk
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SnapshotChunk.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.SnapshotChunk";
        };

        return SnapshotChunk;
    })();

    clusterdpb.SnapshotEnd = (function() {

        /**
         * Properties of a SnapshotEnd.
         * @memberof clusterdpb
         * @interface ISnapshotEnd
         * @property {number|Long|null} [totalBytes] SnapshotEnd totalBytes
         * @property {Uint8Array|null} [sha256] SnapshotEnd sha256
         */

        /**
         * Constructs a new SnapshotEnd.
         * @memberof clusterdpb
         * @classdesc Represents a SnapshotEnd.
         * @implements ISnapshotEnd
         * @constructor
         * @param {clusterdpb.ISnapshotEnd=} [properties] Properties to set
         */
        function SnapshotEnd(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SnapshotEnd totalBytes.
         * @member {number|Long} totalBytes
         * @memberof clusterdpb.SnapshotEnd
         * @instance
         */
        SnapshotEnd.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotEnd sha256.
         * @member {Uint8Array} sha256
         * @memberof clusterdpb.SnapshotEnd
         * @instance
         */
        SnapshotEnd.prototype.sha256 = $util.newBuffer([]);

        /**
         * Creates a new SnapshotEnd instance using the specified properties.
         * @function create
         * @memberof clusterdpb.SnapshotEnd
         * @static
         * @param {clusterdpb.ISnapshotEnd=} [properties] Properties to set
         * @returns {clusterdpb.SnapshotEnd} SnapshotEnd instance
         */
        SnapshotEnd.create = function create(properties) {
            return new SnapshotEnd(properties);
        };

        /**
         * Encodes the specified SnapshotEnd message. Does not implicitly {@link clusterdpb.SnapshotEnd.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.SnapshotEnd
         * @static
         * @param {clusterdpb.ISnapshotEnd} message SnapshotEnd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotEnd.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.totalBytes != null && Object.hasOwnProperty.call(message, "totalBytes"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.totalBytes);
            if (message.sha256 != null && Object.hasOwnProperty.call(message, "sha256"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.sha256);
            return writer;
        };

        /**
         * Decodes a SnapshotEnd message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.SnapshotEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.SnapshotEnd} SnapshotEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotEnd.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.SnapshotEnd();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.totalBytes = reader.uint64();
                        break;
                    }
                case 2: {
                        message.sha256 = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for SnapshotEnd
         * @function getTypeUrl
         * @memberof clusterdpb.SnapshotEnd
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SnapshotEnd.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.SnapshotEnd";
        };

        return SnapshotEnd;
    })();

    clusterdpb.SnapshotAck = (function() {

        /**
         * Properties of a SnapshotAck.
         * @memberof clusterdpb
         * @interface ISnapshotAck
         * @property {number|Long|null} [receivedBytes] SnapshotAck receivedBytes
         */

        /**
         * Constructs a new SnapshotAck.
         * @memberof clusterdpb
         * @classdesc Represents a SnapshotAck.
         * @implements ISnapshotAck
         * @constructor
         * @param {clusterdpb.ISnapshotAck=} [properties] Properties to set
         */
        function SnapshotAck(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SnapshotAck receivedBytes.
         * @member {number|Long} receivedBytes
         * @memberof clusterdpb.SnapshotAck
         * @instance
         */
        SnapshotAck.prototype.receivedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new SnapshotAck instance using the specified properties.
         * @function create
         * @memberof clusterdpb.SnapshotAck
         * @static
         * @param {clusterdpb.ISnapshotAck=} [properties] Properties to set
         * @returns {clusterdpb.SnapshotAck} SnapshotAck instance
         */
        SnapshotAck.create = function create(properties) {
            return new SnapshotAck(properties);
        };

        /**
         * Encodes the specified SnapshotAck message. Does not implicitly {@link clusterdpb.SnapshotAck.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.SnapshotAck
         * @static
         * @param {clusterdpb.ISnapshotAck} message SnapshotAck message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotAck.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.receivedBytes != null && Object.hasOwnProperty.call(message, "receivedBytes"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.receivedBytes);
            return writer;
        };

        /**
         * Decodes a SnapshotAck message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.SnapshotAck
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.SnapshotAck} SnapshotAck
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotAck.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.SnapshotAck();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.receivedBytes = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for SnapshotAck
         * @function getTypeUrl
         * @memberof clusterdpb.SnapshotAck
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SnapshotAck.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.SnapshotAck";
        };

        return SnapshotAck;
    })();

    clusterdpb.HelloRequest = (function() {

        /**
         * Properties of a HelloRequest.
         * @memberof clusterdpb
         * @interface IHelloRequest
         * @property {number|Long|null} [clusterId] HelloRequest clusterId
         * @property {number|Long|null} [memberId] HelloRequest memberId
         */

        /**
         * Constructs a new HelloRequest.
         * @memberof clusterdpb
         * @classdesc Represents a HelloRequest.
         * @implements IHelloRequest
         * @constructor
         * @param {clusterdpb.IHelloRequest=} [properties] Properties to set
         */
        function HelloRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * HelloRequest clusterId.
         * @member {number|Long} clusterId
         * @memberof clusterdpb.HelloRequest
         * @instance
         */
        HelloRequest.prototype.clusterId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * HelloRequest memberId.
         * @member {number|Long} memberId
         * @memberof clusterdpb.HelloRequest
         * @instance
         */
        HelloRequest.prototype.memberId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new HelloRequest instance using the specified properties.
         * @function create
         * @memberof clusterdpb.HelloRequest
         * @static
         * @param {clusterdpb.IHelloRequest=} [properties] Properties to set
         * @returns {clusterdpb.HelloRequest} HelloRequest instance
         */
        HelloRequest.create = function create(properties) {
            return new HelloRequest(properties);
        };

        /**
         * Encodes the specified HelloRequest message. Does not implicitly {@link clusterdpb.HelloRequest.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.HelloRequest
         * @static
         * @param {clusterdpb.IHelloRequest} message HelloRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HelloRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.clusterId != null && Object.hasOwnProperty.call(message, "clusterId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clusterId);
            if (message.memberId != null && Object.hasOwnProperty.call(message, "memberId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.memberId);
            return writer;
        };

        /**
         * Decodes a HelloRequest message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.HelloRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.HelloRequest} HelloRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HelloRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.HelloRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.clusterId = reader.uint64();
                        break;
                    }
                case 2: {
                        message.memberId = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for HelloRequest
         * @function getTypeUrl
         * @memberof clusterdpb.HelloRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        HelloRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.HelloRequest";
        };

        return HelloRequest;
    })();

    clusterdpb.HelloResponse = (function() {

        /**
         * Properties of a HelloResponse.
         * @memberof clusterdpb
         * @interface IHelloResponse
         * @property {number|Long|null} [clusterId] HelloResponse clusterId
         * @property {number|Long|null} [memberId] HelloResponse memberId
         */

        /**
         * Constructs a new HelloResponse.
         * @memberof clusterdpb
         * @classdesc Represents a HelloResponse.
         * @implements IHelloResponse
         * @constructor
         * @param {clusterdpb.IHelloResponse=} [properties] Properties to set
         */
        function HelloResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * HelloResponse clusterId.
         * @member {number|Long} clusterId
         * @memberof clusterdpb.HelloResponse
         * @instance
         */
        HelloResponse.prototype.clusterId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * HelloResponse memberId.
         * @member {number|Long} memberId
         * @memberof clusterdpb.HelloResponse
         * @instance
         */
        HelloResponse.prototype.memberId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new HelloResponse instance using the specified properties.
         * @function create
         * @memberof clusterdpb.HelloResponse
         * @static
         * @param {clusterdpb.IHelloResponse=} [properties] Properties to set
         * @returns {clusterdpb.HelloResponse} HelloResponse instance
         */
        HelloResponse.create = function create(properties) {
            return new HelloResponse(properties);
        };

        /**
         * Encodes the specified HelloResponse message. Does not implicitly {@link clusterdpb.HelloResponse.verify|verify} messages.
         * @function encode
         * @memberof clusterdpb.HelloResponse
         * @static
         * @param {clusterdpb.IHelloResponse} message HelloResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HelloResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.clusterId != null && Object.hasOwnProperty.call(message, "clusterId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clusterId);
            if (message.memberId != null && Object.hasOwnProperty.call(message, "memberId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.memberId);
            return writer;
        };

        /**
         * Decodes a HelloResponse message from the specified reader or buffer.
         * @function decode
         * @memberof clusterdpb.HelloResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {clusterdpb.HelloResponse} HelloResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HelloResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.clusterdpb.HelloResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.clusterId = reader.uint64();
                        break;
                    }
                case 2: {
                        message.memberId = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for HelloResponse
         * @function getTypeUrl
         * @memberof clusterdpb.HelloResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        HelloResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/clusterdpb.HelloResponse";
        };

        return HelloResponse;
    })();

    clusterdpb.Peer = (function() {

        /**
         * Constructs a new Peer service.
         * @memberof clusterdpb
         * @classdesc Represents a Peer
         * @extends $protobuf.rpc.Service
         * @constructor
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         */
        function Peer(rpcImpl, requestDelimited, responseDelimited) {
            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
        }

        (Peer.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Peer;

        /**
         * Creates new Peer service using the specified rpc implementation.
         * @function create
         * @memberof clusterdpb.Peer
         * @static
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         * @returns {Peer} RPC service. Useful where requests and/or responses are streamed.
         */
        Peer.create = function create(rpcImpl, requestDelimited, responseDelimited) {
            return new this(rpcImpl, requestDelimited, responseDelimited);
        };

        /**
         * Callback as used by {@link clusterdpb.Peer#stream}.
         * @memberof clusterdpb.Peer
         * @typedef StreamCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {clusterdpb.PeerAck} [response] PeerAck
         */

        /**
         * Calls Stream.
         * @function stream
         * @memberof clusterdpb.Peer
         * @instance
         * @param {clusterdpb.IRaftMessageBatch} request RaftMessageBatch message or plain object
         * @param {clusterdpb.Peer.StreamCallback} callback Node-style callback called with the error, if any, and PeerAck
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Peer.prototype.stream = function stream(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, stream, $root.clusterdpb.RaftMessageBatch, $root.clusterdpb.PeerAck, request, callback);
        }, "name", { value: "Stream" });

        /**
         * Calls Stream.
         * @function stream
         * @memberof clusterdpb.Peer
         * @instance
         * @param {clusterdpb.IRaftMessageBatch} request RaftMessageBatch message or plain object
         * @returns {Promise<clusterdpb.PeerAck>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link clusterdpb.Peer#sendSnapshot}.
         * @memberof clusterdpb.Peer
         * @typedef SendSnapshotCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {clusterdpb.SnapshotAck} [response] SnapshotAck
         */

        /**
         * Calls SendSnapshot.
         * @function sendSnapshot
         * @memberof clusterdpb.Peer
         * @instance
         * @param {clusterdpb.ISnapshotChunk} request SnapshotChunk message or plain object
         * @param {clusterdpb.Peer.SendSnapshotCallback} callback Node-style callback called with the error, if any, and SnapshotAck
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Peer.prototype.sendSnapshot = function sendSnapshot(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, sendSnapshot, $root.clusterdpb.SnapshotChunk, $root.clusterdpb.SnapshotAck, request, callback);
        }, "name", { value: "SendSnapshot" });

        /**
         * Calls SendSnapshot.
         * @function sendSnapshot
         * @memberof clusterdpb.Peer
         * @instance
         * @param {clusterdpb.ISnapshotChunk} request SnapshotChunk message or plain object
         * @returns {Promise<clusterdpb.SnapshotAck>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link clusterdpb.Peer#hello}.
         * @memberof clusterdpb.Peer
         * @typedef HelloCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {clusterdpb.HelloResponse} [response] HelloResponse
         */

        /**
         * Calls Hello.
         * @function hello
         * @memberof clusterdpb.Peer
         * @instance
         * @param {clusterdpb.IHelloRequest} request HelloRequest message or plain object
         * @param {clusterdpb.Peer.HelloCallback} callback Node-style callback called with the error, if any, and HelloResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Peer.prototype.hello = function hello(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, hello, $root.clusterdpb.HelloRequest, $root.clusterdpb.HelloResponse, request, callback);
        }, "name", { value: "Hello" });

        /**
         * Calls Hello.
         * @function hello
         * @memberof clusterdpb.Peer
         * @instance
         * @param {clusterdpb.IHelloRequest} request HelloRequest message or plain object
         * @returns {Promise<clusterdpb.HelloResponse>} Promise
         * @variation 2
         */

        return Peer;
    })();

    return clusterdpb;
})();

export const etcdserverpb = $root.etcdserverpb = (() => {

    /**
     * Namespace etcdserverpb.
     * @exports etcdserverpb
     * @namespace
     */
    const etcdserverpb = {};

    etcdserverpb.KV = (function() {

        /**
         * Constructs a new KV service.
         * @memberof etcdserverpb
         * @classdesc Represents a KV
         * @extends $protobuf.rpc.Service
         * @constructor
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         */
        function KV(rpcImpl, requestDelimited, responseDelimited) {
            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
        }

        (KV.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = KV;

        /**
         * Creates new KV service using the specified rpc implementation.
         * @function create
         * @memberof etcdserverpb.KV
         * @static
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         * @returns {KV} RPC service. Useful where requests and/or responses are streamed.
         */
        KV.create = function create(rpcImpl, requestDelimited, responseDelimited) {
            return new this(rpcImpl, requestDelimited, responseDelimited);
        };

        /**
         * Callback as used by {@link etcdserverpb.KV#range}.
         * @memberof etcdserverpb.KV
         * @typedef RangeCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.RangeResponse} [response] RangeResponse
         */

        /**
         * Calls Range.
         * @function range
         * @memberof etcdserverpb.KV
         * @instance
         * @param {etcdserverpb.IRangeRequest} request RangeRequest message or plain object
         * @param {etcdserverpb.KV.RangeCallback} callback Node-style callback called with the error, if any, and RangeResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(KV.prototype.range = function range(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, range, $root.etcdserverpb.RangeRequest, $root.etcdserverpb.RangeResponse, request, callback);
        }, "name", { value: "Range" });

        /**
         * Calls Range.
         * @function range
         * @memberof etcdserverpb.KV
         * @instance
         * @param {etcdserverpb.IRangeRequest} request RangeRequest message or plain object
         * @returns {Promise<etcdserverpb.RangeResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.KV#put}.
         * @memberof etcdserverpb.KV
         * @typedef PutCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.PutResponse} [response] PutResponse
         */

        /**
         * Calls Put.
         * @function put
         * @memberof etcdserverpb.KV
         * @instance
         * @param {etcdserverpb.IPutRequest} request PutRequest message or plain object
         * @param {etcdserverpb.KV.PutCallback} callback Node-style callback called with the error, if any, and PutResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(KV.prototype.put = function put(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, put, $root.etcdserverpb.PutRequest, $root.etcdserverpb.PutResponse, request, callback);
        }, "name", { value: "Put" });

        /**
         * Calls Put.
         * @function put
         * @memberof etcdserverpb.KV
         * @instance
         * @param {etcdserverpb.IPutRequest} request PutRequest message or plain object
         * @returns {Promise<etcdserverpb.PutResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.KV#deleteRange}.
         * @memberof etcdserverpb.KV
         * @typedef DeleteRangeCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.DeleteRangeResponse} [response] DeleteRangeResponse
         */

        /**
         * Calls DeleteRange.
         * @function deleteRange
         * @memberof etcdserverpb.KV
         * @instance
         * @param {etcdserverpb.IDeleteRangeRequest} request DeleteRangeRequest message or plain object
         * @param {etcdserverpb.KV.DeleteRangeCallback} callback Node-style callback called with the error, if any, and DeleteRangeResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(KV.prototype.deleteRange = function deleteRange(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, deleteRange, $root.etcdserverpb.DeleteRangeRequest, $root.etcdserverpb.DeleteRangeResponse, request, callback);
        }, "name", { value: "DeleteRange" });

        /**
         * Calls DeleteRange.
         * @function deleteRange
         * @memberof etcdserverpb.KV
         * @instance
         * @param {etcdserverpb.IDeleteRangeRequest} request DeleteRangeRequest message or plain object
         * @returns {Promise<etcdserverpb.DeleteRangeResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.KV#txn}.
         * @memberof etcdserverpb.KV
         * @typedef TxnCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.TxnResponse} [response] TxnResponse
         */

        /**
         * Calls Txn.
         * @function txn
         * @memberof etcdserverpb.KV
         * @instance
         * @param {etcdserverpb.ITxnRequest} request TxnRequest message or plain object
         * @param {etcdserverpb.KV.TxnCallback} callback Node-style callback called with the error, if any, and TxnResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(KV.prototype.txn = function txn(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, txn, $root.etcdserverpb.TxnRequest, $root.etcdserverpb.TxnResponse, request, callback);
        }, "name", { value: "Txn" });

        /**
         * Calls Txn.
         * @function txn
         * @memberof etcdserverpb.KV
         * @instance
         * @param {etcdserverpb.ITxnRequest} request TxnRequest message or plain object
         * @returns {Promise<etcdserverpb.TxnResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.KV#compact}.
         * @memberof etcdserverpb.KV
         * @typedef CompactCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.CompactionResponse} [response] CompactionResponse
         */

        /**
         * Calls Compact.
         * @function compact
         * @memberof etcdserverpb.KV
         * @instance
         * @param {etcdserverpb.ICompactionRequest} request CompactionRequest message or plain object
         * @param {etcdserverpb.KV.CompactCallback} callback Node-style callback called with the error, if any, and CompactionResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(KV.prototype.compact = function compact(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, compact, $root.etcdserverpb.CompactionRequest, $root.etcdserverpb.CompactionResponse, request, callback);
        }, "name", { value: "Compact" });

        /**
         * Calls Compact.
         * @function compact
         * @memberof etcdserverpb.KV
         * @instance
         * @param {etcdserverpb.ICompactionRequest} request CompactionRequest message or plain object
         * @returns {Promise<etcdserverpb.CompactionResponse>} Promise
         * @variation 2
         */

        return KV;
    })();

    etcdserverpb.Watch = (function() {

        /**
         * Constructs a new Watch service.
         * @memberof etcdserverpb
         * @classdesc Represents a Watch
         * @extends $protobuf.rpc.Service
         * @constructor
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         */
        function Watch(rpcImpl, requestDelimited, responseDelimited) {
            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
        }

        (Watch.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Watch;

        /**
         * Creates new Watch service using the specified rpc implementation.
         * @function create
         * @memberof etcdserverpb.Watch
         * @static
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         * @returns {Watch} RPC service. Useful where requests and/or responses are streamed.
         */
        Watch.create = function create(rpcImpl, requestDelimited, responseDelimited) {
            return new this(rpcImpl, requestDelimited, responseDelimited);
        };

        /**
         * Callback as used by {@link etcdserverpb.Watch#watch}.
         * @memberof etcdserverpb.Watch
         * @typedef WatchCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.WatchResponse} [response] WatchResponse
         */

        /**
         * Calls Watch.
         * @function watch
         * @memberof etcdserverpb.Watch
         * @instance
         * @param {etcdserverpb.IWatchRequest} request WatchRequest message or plain object
         * @param {etcdserverpb.Watch.WatchCallback} callback Node-style callback called with the error, if any, and WatchResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Watch.prototype.watch = function watch(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, watch, $root.etcdserverpb.WatchRequest, $root.etcdserverpb.WatchResponse, request, callback);
        }, "name", { value: "Watch" });

        /**
         * Calls Watch.
         * @function watch
         * @memberof etcdserverpb.Watch
         * @instance
         * @param {etcdserverpb.IWatchRequest} request WatchRequest message or plain object
         * @returns {Promise<etcdserverpb.WatchResponse>} Promise
         * @variation 2
         */

        return Watch;
    })();

    etcdserverpb.Lease = (function() {

        /**
         * Constructs a new Lease service.
         * @memberof etcdserverpb
         * @classdesc Represents a Lease
         * @extends $protobuf.rpc.Service
         * @constructor
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         */
        function Lease(rpcImpl, requestDelimited, responseDelimited) {
            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
        }

        (Lease.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Lease;

        /**
         * Creates new Lease service using the specified rpc implementation.
         * @function create
         * @memberof etcdserverpb.Lease
         * @static
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         * @returns {Lease} RPC service. Useful where requests and/or responses are streamed.
         */
        Lease.create = function create(rpcImpl, requestDelimited, responseDelimited) {
            return new this(rpcImpl, requestDelimited, responseDelimited);
        };

        /**
         * Callback as used by {@link etcdserverpb.Lease#leaseGrant}.
         * @memberof etcdserverpb.Lease
         * @typedef LeaseGrantCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.LeaseGrantResponse} [response] LeaseGrantResponse
         */

        /**
         * Calls LeaseGrant.
         * @function leaseGrant
         * @memberof etcdserverpb.Lease
         * @instance
         * @param {etcdserverpb.ILeaseGrantRequest} request LeaseGrantRequest message or plain object
         * @param {etcdserverpb.Lease.LeaseGrantCallback} callback Node-style callback called with the error, if any, and LeaseGrantResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Lease.prototype.leaseGrant = function leaseGrant(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, leaseGrant, $root.etcdserverpb.LeaseGrantRequest, $root.etcdserverpb.LeaseGrantResponse, request, callback);
        }, "name", { value: "LeaseGrant" });

        /**
         * Calls LeaseGrant.
         * @function leaseGrant
         * @memberof etcdserverpb.Lease
         * @instance
         * @param {etcdserverpb.ILeaseGrantRequest} request LeaseGrantRequest message or plain object
         * @returns {Promise<etcdserverpb.LeaseGrantResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Lease#leaseRevoke}.
         * @memberof etcdserverpb.Lease
         * @typedef LeaseRevokeCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.LeaseRevokeResponse} [response] LeaseRevokeResponse
         */

        /**
         * Calls LeaseRevoke.
         * @function leaseRevoke
         * @memberof etcdserverpb.Lease
         * @instance
         * @param {etcdserverpb.ILeaseRevokeRequest} request LeaseRevokeRequest message or plain object
         * @param {etcdserverpb.Lease.LeaseRevokeCallback} callback Node-style callback called with the error, if any, and LeaseRevokeResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Lease.prototype.leaseRevoke = function leaseRevoke(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, leaseRevoke, $root.etcdserverpb.LeaseRevokeRequest, $root.etcdserverpb.LeaseRevokeResponse, request, callback);
        }, "name", { value: "LeaseRevoke" });

        /**
         * Calls LeaseRevoke.
         * @function leaseRevoke
         * @memberof etcdserverpb.Lease
         * @instance
         * @param {etcdserverpb.ILeaseRevokeRequest} request LeaseRevokeRequest message or plain object
         * @returns {Promise<etcdserverpb.LeaseRevokeResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Lease#leaseKeepAlive}.
         * @memberof etcdserverpb.Lease
         * @typedef LeaseKeepAliveCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.LeaseKeepAliveResponse} [response] LeaseKeepAliveResponse
         */

        /**
         * Calls LeaseKeepAlive.
         * @function leaseKeepAlive
         * @memberof etcdserverpb.Lease
         * @instance
         * @param {etcdserverpb.ILeaseKeepAliveRequest} request LeaseKeepAliveRequest message or plain object
         * @param {etcdserverpb.Lease.LeaseKeepAliveCallback} callback Node-style callback called with the error, if any, and LeaseKeepAliveResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Lease.prototype.leaseKeepAlive = function leaseKeepAlive(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, leaseKeepAlive, $root.etcdserverpb.LeaseKeepAliveRequest, $root.etcdserverpb.LeaseKeepAliveResponse, request, callback);
        }, "name", { value: "LeaseKeepAlive" });

        /**
         * Calls LeaseKeepAlive.
         * @function leaseKeepAlive
         * @memberof etcdserverpb.Lease
         * @instance
         * @param {etcdserverpb.ILeaseKeepAliveRequest} request LeaseKeepAliveRequest message or plain object
         * @returns {Promise<etcdserverpb.LeaseKeepAliveResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Lease#leaseTimeToLive}.
         * @memberof etcdserverpb.Lease
         * @typedef LeaseTimeToLiveCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.LeaseTimeToLiveResponse} [response] LeaseTimeToLiveResponse
         */

        /**
         * Calls LeaseTimeToLive.
         * @function leaseTimeToLive
         * @memberof etcdserverpb.Lease
         * @instance
         * @param {etcdserverpb.ILeaseTimeToLiveRequest} request LeaseTimeToLiveRequest message or plain object
         * @param {etcdserverpb.Lease.LeaseTimeToLiveCallback} callback Node-style callback called with the error, if any, and LeaseTimeToLiveResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Lease.prototype.leaseTimeToLive = function leaseTimeToLive(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, leaseTimeToLive, $root.etcdserverpb.LeaseTimeToLiveRequest, $root.etcdserverpb.LeaseTimeToLiveResponse, request, callback);
        }, "name", { value: "LeaseTimeToLive" });

        /**
         * Calls LeaseTimeToLive.
         * @function leaseTimeToLive
         * @memberof etcdserverpb.Lease
         * @instance
         * @param {etcdserverpb.ILeaseTimeToLiveRequest} request LeaseTimeToLiveRequest message or plain object
         * @returns {Promise<etcdserverpb.LeaseTimeToLiveResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Lease#leaseLeases}.
         * @memberof etcdserverpb.Lease
         * @typedef LeaseLeasesCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.LeaseLeasesResponse} [response] LeaseLeasesResponse
         */

        /**
         * Calls LeaseLeases.
         * @function leaseLeases
         * @memberof etcdserverpb.Lease
         * @instance
         * @param {etcdserverpb.ILeaseLeasesRequest} request LeaseLeasesRequest message or plain object
         * @param {etcdserverpb.Lease.LeaseLeasesCallback} callback Node-style callback called with the error, if any, and LeaseLeasesResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Lease.prototype.leaseLeases = function leaseLeases(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, leaseLeases, $root.etcdserverpb.LeaseLeasesRequest, $root.etcdserverpb.LeaseLeasesResponse, request, callback);
        }, "name", { value: "LeaseLeases" });

        /**
         * Calls LeaseLeases.
         * @function leaseLeases
         * @memberof etcdserverpb.Lease
         * @instance
         * @param {etcdserverpb.ILeaseLeasesRequest} request LeaseLeasesRequest message or plain object
         * @returns {Promise<etcdserverpb.LeaseLeasesResponse>} Promise
         * @variation 2
         */

        return Lease;
    })();

    etcdserverpb.Cluster = (function() {

        /**
         * Constructs a new Cluster service.
         * @memberof etcdserverpb
         * @classdesc Represents a Cluster
         * @extends $protobuf.rpc.Service
         * @constructor
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         */
        function Cluster(rpcImpl, requestDelimited, responseDelimited) {
            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
        }

        (Cluster.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Cluster;

        /**
         * Creates new Cluster service using the specified rpc implementation.
         * @function create
         * @memberof etcdserverpb.Cluster
         * @static
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         * @returns {Cluster} RPC service. Useful where requests and/or responses are streamed.
         */
        Cluster.create = function create(rpcImpl, requestDelimited, responseDelimited) {
            return new this(rpcImpl, requestDelimited, responseDelimited);
        };

        /**
         * Callback as used by {@link etcdserverpb.Cluster#memberAdd}.
         * @memberof etcdserverpb.Cluster
         * @typedef MemberAddCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.MemberAddResponse} [response] MemberAddResponse
         */

        /**
         * Calls MemberAdd.
         * @function memberAdd
         * @memberof etcdserverpb.Cluster
         * @instance
         * @param {etcdserverpb.IMemberAddRequest} request MemberAddRequest message or plain object
         * @param {etcdserverpb.Cluster.MemberAddCallback} callback Node-style callback called with the error, if any, and MemberAddResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Cluster.prototype.memberAdd = function memberAdd(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, memberAdd, $root.etcdserverpb.MemberAddRequest, $root.etcdserverpb.MemberAddResponse, request, callback);
        }, "name", { value: "MemberAdd" });

        /**
         * Calls MemberAdd.
         * @function memberAdd
         * @memberof etcdserverpb.Cluster
         * @instance
         * @param {etcdserverpb.IMemberAddRequest} request MemberAddRequest message or plain object
         * @returns {Promise<etcdserverpb.MemberAddResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Cluster#memberRemove}.
         * @memberof etcdserverpb.Cluster
         * @typedef MemberRemoveCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.MemberRemoveResponse} [response] MemberRemoveResponse
         */

        /**
         * Calls MemberRemove.
         * @function memberRemove
         * @memberof etcdserverpb.Cluster
         * @instance
         * @param {etcdserverpb.IMemberRemoveRequest} request MemberRemoveRequest message or plain object
         * @param {etcdserverpb.Cluster.MemberRemoveCallback} callback Node-style callback called with the error, if any, and MemberRemoveResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Cluster.prototype.memberRemove = function memberRemove(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, memberRemove, $root.etcdserverpb.MemberRemoveRequest, $root.etcdserverpb.MemberRemoveResponse, request, callback);
        }, "name", { value: "MemberRemove" });

        /**
         * Calls MemberRemove.
         * @function memberRemove
         * @memberof etcdserverpb.Cluster
         * @instance
         * @param {etcdserverpb.IMemberRemoveRequest} request MemberRemoveRequest message or plain object
         * @returns {Promise<etcdserverpb.MemberRemoveResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Cluster#memberUpdate}.
         * @memberof etcdserverpb.Cluster
         * @typedef MemberUpdateCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.MemberUpdateResponse} [response] MemberUpdateResponse
         */

        /**
         * Calls MemberUpdate.
         * @function memberUpdate
         * @memberof etcdserverpb.Cluster
         * @instance
         * @param {etcdserverpb.IMemberUpdateRequest} request MemberUpdateRequest message or plain object
         * @param {etcdserverpb.Cluster.MemberUpdateCallback} callback Node-style callback called with the error, if any, and MemberUpdateResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Cluster.prototype.memberUpdate = function memberUpdate(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, memberUpdate, $root.etcdserverpb.MemberUpdateRequest, $root.etcdserverpb.MemberUpdateResponse, request, callback);
        }, "name", { value: "MemberUpdate" });

        /**
         * Calls MemberUpdate.
         * @function memberUpdate
         * @memberof etcdserverpb.Cluster
         * @instance
         * @param {etcdserverpb.IMemberUpdateRequest} request MemberUpdateRequest message or plain object
         * @returns {Promise<etcdserverpb.MemberUpdateResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Cluster#memberList}.
         * @memberof etcdserverpb.Cluster
         * @typedef MemberListCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.MemberListResponse} [response] MemberListResponse
         */

        /**
         * Calls MemberList.
         * @function memberList
         * @memberof etcdserverpb.Cluster
         * @instance
         * @param {etcdserverpb.IMemberListRequest} request MemberListRequest message or plain object
         * @param {etcdserverpb.Cluster.MemberListCallback} callback Node-style callback called with the error, if any, and MemberListResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Cluster.prototype.memberList = function memberList(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, memberList, $root.etcdserverpb.MemberListRequest, $root.etcdserverpb.MemberListResponse, request, callback);
        }, "name", { value: "MemberList" });

        /**
         * Calls MemberList.
         * @function memberList
         * @memberof etcdserverpb.Cluster
         * @instance
         * @param {etcdserverpb.IMemberListRequest} request MemberListRequest message or plain object
         * @returns {Promise<etcdserverpb.MemberListResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Cluster#memberPromote}.
         * @memberof etcdserverpb.Cluster
         * @typedef MemberPromoteCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.MemberPromoteResponse} [response] MemberPromoteResponse
         */

        /**
         * Calls MemberPromote.
         * @function memberPromote
         * @memberof etcdserverpb.Cluster
         * @instance
         * @param {etcdserverpb.IMemberPromoteRequest} request MemberPromoteRequest message or plain object
         * @param {etcdserverpb.Cluster.MemberPromoteCallback} callback Node-style callback called with the error, if any, and MemberPromoteResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Cluster.prototype.memberPromote = function memberPromote(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, memberPromote, $root.etcdserverpb.MemberPromoteRequest, $root.etcdserverpb.MemberPromoteResponse, request, callback);
        }, "name", { value: "MemberPromote" });

        /**
         * Calls MemberPromote.
         * @function memberPromote
         * @memberof etcdserverpb.Cluster
         * @instance
         * @param {etcdserverpb.IMemberPromoteRequest} request MemberPromoteRequest message or plain object
         * @returns {Promise<etcdserverpb.MemberPromoteResponse>} Promise
         * @variation 2
         */

        return Cluster;
    })();

    etcdserverpb.Maintenance = (function() {

        /**
         * Constructs a new Maintenance service.
         * @memberof etcdserverpb
         * @classdesc Represents a Maintenance
         * @extends $protobuf.rpc.Service
         * @constructor
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         */
        function Maintenance(rpcImpl, requestDelimited, responseDelimited) {
            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
        }

        (Maintenance.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Maintenance;

        /**
         * Creates new Maintenance service using the specified rpc implementation.
         * @function create
         * @memberof etcdserverpb.Maintenance
         * @static
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         * @returns {Maintenance} RPC service. Useful where requests and/or responses are streamed.
         */
        Maintenance.create = function create(rpcImpl, requestDelimited, responseDelimited) {
            return new this(rpcImpl, requestDelimited, responseDelimited);
        };

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#alarm}.
         * @memberof etcdserverpb.Maintenance
         * @typedef AlarmCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AlarmResponse} [response] AlarmResponse
         */

        /**
         * Calls Alarm.
         * @function alarm
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IAlarmRequest} request AlarmRequest message or plain object
         * @param {etcdserverpb.Maintenance.AlarmCallback} callback Node-style callback called with the error, if any, and AlarmResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Maintenance.prototype.alarm = function alarm(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, alarm, $root.etcdserverpb.AlarmRequest, $root.etcdserverpb.AlarmResponse, request, callback);
        }, "name", { value: "Alarm" });

        /**
         * Calls Alarm.
         * @function alarm
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IAlarmRequest} request AlarmRequest message or plain object
         * @returns {Promise<etcdserverpb.AlarmResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#status}.
         * @memberof etcdserverpb.Maintenance
         * @typedef StatusCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.StatusResponse} [response] StatusResponse
         */

        /**
         * Calls Status.
         * @function status
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IStatusRequest} request StatusRequest message or plain object
         * @param {etcdserverpb.Maintenance.StatusCallback} callback Node-style callback called with the error, if any, and StatusResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Maintenance.prototype.status = function status(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, status, $root.etcdserverpb.StatusRequest, $root.etcdserverpb.StatusResponse, request, callback);
        }, "name", { value: "Status" });

        /**
         * Calls Status.
         * @function status
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IStatusRequest} request StatusRequest message or plain object
         * @returns {Promise<etcdserverpb.StatusResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#defragment}.
         * @memberof etcdserverpb.Maintenance
         * @typedef DefragmentCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.DefragmentResponse} [response] DefragmentResponse
         */

        /**
         * Calls Defragment.
         * @function defragment
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IDefragmentRequest} request DefragmentRequest message or plain object
         * @param {etcdserverpb.Maintenance.DefragmentCallback} callback Node-style callback called with the error, if any, and DefragmentResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Maintenance.prototype.defragment = function defragment(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, defragment, $root.etcdserverpb.DefragmentRequest, $root.etcdserverpb.DefragmentResponse, request, callback);
        }, "name", { value: "Defragment" });

        /**
         * Calls Defragment.
         * @function defragment
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IDefragmentRequest} request DefragmentRequest message or plain object
         * @returns {Promise<etcdserverpb.DefragmentResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#hash}.
         * @memberof etcdserverpb.Maintenance
         * @typedef HashCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.HashResponse} [response] HashResponse
         */

        /**
         * Calls Hash.
         * @function hash
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IHashRequest} request HashRequest message or plain object
         * @param {etcdserverpb.Maintenance.HashCallback} callback Node-style callback called with the error, if any, and HashResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Maintenance.prototype.hash = function hash(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, hash, $root.etcdserverpb.HashRequest, $root.etcdserverpb.HashResponse, request, callback);
        }, "name", { value: "Hash" });

        /**
         * Calls Hash.
         * @function hash
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IHashRequest} request HashRequest message or plain object
         * @returns {Promise<etcdserverpb.HashResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#hashKV}.
         * @memberof etcdserverpb.Maintenance
         * @typedef HashKVCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.HashKVResponse} [response] HashKVResponse
         */

        /**
         * Calls HashKV.
         * @function hashKV
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IHashKVRequest} request HashKVRequest message or plain object
         * @param {etcdserverpb.Maintenance.HashKVCallback} callback Node-style callback called with the error, if any, and HashKVResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Maintenance.prototype.hashKV = function hashKV(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, hashKV, $root.etcdserverpb.HashKVRequest, $root.etcdserverpb.HashKVResponse, request, callback);
        }, "name", { value: "HashKV" });

        /**
         * Calls HashKV.
         * @function hashKV
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IHashKVRequest} request HashKVRequest message or plain object
         * @returns {Promise<etcdserverpb.HashKVResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#snapshot}.
         * @memberof etcdserverpb.Maintenance
         * @typedef SnapshotCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.SnapshotResponse} [response] SnapshotResponse
         */

        /**
         * Calls Snapshot.
         * @function snapshot
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.ISnapshotRequest} request SnapshotRequest message or plain object
         * @param {etcdserverpb.Maintenance.SnapshotCallback} callback Node-style callback called with the error, if any, and SnapshotResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Maintenance.prototype.snapshot = function snapshot(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, snapshot, $root.etcdserverpb.SnapshotRequest, $root.etcdserverpb.SnapshotResponse, request, callback);
        }, "name", { value: "Snapshot" });

        /**
         * Calls Snapshot.
         * @function snapshot
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.ISnapshotRequest} request SnapshotRequest message or plain object
         * @returns {Promise<etcdserverpb.SnapshotResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#moveLeader}.
         * @memberof etcdserverpb.Maintenance
         * @typedef MoveLeaderCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.MoveLeaderResponse} [response] MoveLeaderResponse
         */

        /**
         * Calls MoveLeader.
         * @function moveLeader
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IMoveLeaderRequest} request MoveLeaderRequest message or plain object
         * @param {etcdserverpb.Maintenance.MoveLeaderCallback} callback Node-style callback called with the error, if any, and MoveLeaderResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Maintenance.prototype.moveLeader = function moveLeader(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, moveLeader, $root.etcdserverpb.MoveLeaderRequest, $root.etcdserverpb.MoveLeaderResponse, request, callback);
        }, "name", { value: "MoveLeader" });

        /**
         * Calls MoveLeader.
         * @function moveLeader
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IMoveLeaderRequest} request MoveLeaderRequest message or plain object
         * @returns {Promise<etcdserverpb.MoveLeaderResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Maintenance#downgrade}.
         * @memberof etcdserverpb.Maintenance
         * @typedef DowngradeCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.DowngradeResponse} [response] DowngradeResponse
         */

        /**
         * Calls Downgrade.
         * @function downgrade
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IDowngradeRequest} request DowngradeRequest message or plain object
         * @param {etcdserverpb.Maintenance.DowngradeCallback} callback Node-style callback called with the error, if any, and DowngradeResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Maintenance.prototype.downgrade = function downgrade(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, downgrade, $root.etcdserverpb.DowngradeRequest, $root.etcdserverpb.DowngradeResponse, request, callback);
        }, "name", { value: "Downgrade" });

        /**
         * Calls Downgrade.
         * @function downgrade
         * @memberof etcdserverpb.Maintenance
         * @instance
         * @param {etcdserverpb.IDowngradeRequest} request DowngradeRequest message or plain object
         * @returns {Promise<etcdserverpb.DowngradeResponse>} Promise
         * @variation 2
         */

        return Maintenance;
    })();

    etcdserverpb.Auth = (function() {

        /**
         * Constructs a new Auth service.
         * @memberof etcdserverpb
         * @classdesc Represents an Auth
         * @extends $protobuf.rpc.Service
         * @constructor
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         */
        function Auth(rpcImpl, requestDelimited, responseDelimited) {
            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
        }

        (Auth.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Auth;

        /**
         * Creates new Auth service using the specified rpc implementation.
         * @function create
         * @memberof etcdserverpb.Auth
         * @static
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         * @returns {Auth} RPC service. Useful where requests and/or responses are streamed.
         */
        Auth.create = function create(rpcImpl, requestDelimited, responseDelimited) {
            return new this(rpcImpl, requestDelimited, responseDelimited);
        };

        /**
         * Callback as used by {@link etcdserverpb.Auth#authEnable}.
         * @memberof etcdserverpb.Auth
         * @typedef AuthEnableCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthEnableResponse} [response] AuthEnableResponse
         */

        /**
         * Calls AuthEnable.
         * @function authEnable
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthEnableRequest} request AuthEnableRequest message or plain object
         * @param {etcdserverpb.Auth.AuthEnableCallback} callback Node-style callback called with the error, if any, and AuthEnableResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.authEnable = function authEnable(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, authEnable, $root.etcdserverpb.AuthEnableRequest, $root.etcdserverpb.AuthEnableResponse, request, callback);
        }, "name", { value: "AuthEnable" });

        /**
         * Calls AuthEnable.
         * @function authEnable
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthEnableRequest} request AuthEnableRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthEnableResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#authDisable}.
         * @memberof etcdserverpb.Auth
         * @typedef AuthDisableCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthDisableResponse} [response] AuthDisableResponse
         */

        /**
         * Calls AuthDisable.
         * @function authDisable
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthDisableRequest} request AuthDisableRequest message or plain object
         * @param {etcdserverpb.Auth.AuthDisableCallback} callback Node-style callback called with the error, if any, and AuthDisableResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.authDisable = function authDisable(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, authDisable, $root.etcdserverpb.AuthDisableRequest, $root.etcdserverpb.AuthDisableResponse, request, callback);
        }, "name", { value: "AuthDisable" });

        /**
         * Calls AuthDisable.
         * @function authDisable
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthDisableRequest} request AuthDisableRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthDisableResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#authStatus}.
         * @memberof etcdserverpb.Auth
         * @typedef AuthStatusCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthStatusResponse} [response] AuthStatusResponse
         */

        /**
         * Calls AuthStatus.
         * @function authStatus
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthStatusRequest} request AuthStatusRequest message or plain object
         * @param {etcdserverpb.Auth.AuthStatusCallback} callback Node-style callback called with the error, if any, and AuthStatusResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.authStatus = function authStatus(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, authStatus, $root.etcdserverpb.AuthStatusRequest, $root.etcdserverpb.AuthStatusResponse, request, callback);
        }, "name", { value: "AuthStatus" });

        /**
         * Calls AuthStatus.
         * @function authStatus
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthStatusRequest} request AuthStatusRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthStatusResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#authenticate}.
         * @memberof etcdserverpb.Auth
         * @typedef AuthenticateCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthenticateResponse} [response] AuthenticateResponse
         */

        /**
         * Calls Authenticate.
         * @function authenticate
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthenticateRequest} request AuthenticateRequest message or plain object
         * @param {etcdserverpb.Auth.AuthenticateCallback} callback Node-style callback called with the error, if any, and AuthenticateResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.authenticate = function authenticate(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, authenticate, $root.etcdserverpb.AuthenticateRequest, $root.etcdserverpb.AuthenticateResponse, request, callback);
        }, "name", { value: "Authenticate" });

        /**
         * Calls Authenticate.
         * @function authenticate
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthenticateRequest} request AuthenticateRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthenticateResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#userAdd}.
         * @memberof etcdserverpb.Auth
         * @typedef UserAddCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthUserAddResponse} [response] AuthUserAddResponse
         */

        /**
         * Calls UserAdd.
         * @function userAdd
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserAddRequest} request AuthUserAddRequest message or plain object
         * @param {etcdserverpb.Auth.UserAddCallback} callback Node-style callback called with the error, if any, and AuthUserAddResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.userAdd = function userAdd(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, userAdd, $root.etcdserverpb.AuthUserAddRequest, $root.etcdserverpb.AuthUserAddResponse, request, callback);
        }, "name", { value: "UserAdd" });

        /**
         * Calls UserAdd.
         * @function userAdd
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserAddRequest} request AuthUserAddRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthUserAddResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#userGet}.
         * @memberof etcdserverpb.Auth
         * @typedef UserGetCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthUserGetResponse} [response] AuthUserGetResponse
         */

        /**
         * Calls UserGet.
         * @function userGet
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserGetRequest} request AuthUserGetRequest message or plain object
         * @param {etcdserverpb.Auth.UserGetCallback} callback Node-style callback called with the error, if any, and AuthUserGetResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.userGet = function userGet(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, userGet, $root.etcdserverpb.AuthUserGetRequest, $root.etcdserverpb.AuthUserGetResponse, request, callback);
        }, "name", { value: "UserGet" });

        /**
         * Calls UserGet.
         * @function userGet
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserGetRequest} request AuthUserGetRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthUserGetResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#userList}.
         * @memberof etcdserverpb.Auth
         * @typedef UserListCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthUserListResponse} [response] AuthUserListResponse
         */

        /**
         * Calls UserList.
         * @function userList
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserListRequest} request AuthUserListRequest message or plain object
         * @param {etcdserverpb.Auth.UserListCallback} callback Node-style callback called with the error, if any, and AuthUserListResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.userList = function userList(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, userList, $root.etcdserverpb.AuthUserListRequest, $root.etcdserverpb.AuthUserListResponse, request, callback);
        }, "name", { value: "UserList" });

        /**
         * Calls UserList.
         * @function userList
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserListRequest} request AuthUserListRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthUserListResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#userDelete}.
         * @memberof etcdserverpb.Auth
         * @typedef UserDeleteCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthUserDeleteResponse} [response] AuthUserDeleteResponse
         */

        /**
         * Calls UserDelete.
         * @function userDelete
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserDeleteRequest} request AuthUserDeleteRequest message or plain object
         * @param {etcdserverpb.Auth.UserDeleteCallback} callback Node-style callback called with the error, if any, and AuthUserDeleteResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.userDelete = function userDelete(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, userDelete, $root.etcdserverpb.AuthUserDeleteRequest, $root.etcdserverpb.AuthUserDeleteResponse, request, callback);
        }, "name", { value: "UserDelete" });

        /**
         * Calls UserDelete.
         * @function userDelete
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserDeleteRequest} request AuthUserDeleteRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthUserDeleteResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#userChangePassword}.
         * @memberof etcdserverpb.Auth
         * @typedef UserChangePasswordCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthUserChangePasswordResponse} [response] AuthUserChangePasswordResponse
         */

        /**
         * Calls UserChangePassword.
         * @function userChangePassword
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserChangePasswordRequest} request AuthUserChangePasswordRequest message or plain object
         * @param {etcdserverpb.Auth.UserChangePasswordCallback} callback Node-style callback called with the error, if any, and AuthUserChangePasswordResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.userChangePassword = function userChangePassword(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, userChangePassword, $root.etcdserverpb.AuthUserChangePasswordRequest, $root.etcdserverpb.AuthUserChangePasswordResponse, request, callback);
        }, "name", { value: "UserChangePassword" });

        /**
         * Calls UserChangePassword.
         * @function userChangePassword
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserChangePasswordRequest} request AuthUserChangePasswordRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthUserChangePasswordResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#userGrantRole}.
         * @memberof etcdserverpb.Auth
         * @typedef UserGrantRoleCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthUserGrantRoleResponse} [response] AuthUserGrantRoleResponse
         */

        /**
         * Calls UserGrantRole.
         * @function userGrantRole
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserGrantRoleRequest} request AuthUserGrantRoleRequest message or plain object
         * @param {etcdserverpb.Auth.UserGrantRoleCallback} callback Node-style callback called with the error, if any, and AuthUserGrantRoleResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.userGrantRole = function userGrantRole(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, userGrantRole, $root.etcdserverpb.AuthUserGrantRoleRequest, $root.etcdserverpb.AuthUserGrantRoleResponse, request, callback);
        }, "name", { value: "UserGrantRole" });

        /**
         * Calls UserGrantRole.
         * @function userGrantRole
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserGrantRoleRequest} request AuthUserGrantRoleRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthUserGrantRoleResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#userRevokeRole}.
         * @memberof etcdserverpb.Auth
         * @typedef UserRevokeRoleCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthUserRevokeRoleResponse} [response] AuthUserRevokeRoleResponse
         */

        /**
         * Calls UserRevokeRole.
         * @function userRevokeRole
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserRevokeRoleRequest} request AuthUserRevokeRoleRequest message or plain object
         * @param {etcdserverpb.Auth.UserRevokeRoleCallback} callback Node-style callback called with the error, if any, and AuthUserRevokeRoleResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.userRevokeRole = function userRevokeRole(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, userRevokeRole, $root.etcdserverpb.AuthUserRevokeRoleRequest, $root.etcdserverpb.AuthUserRevokeRoleResponse, request, callback);
        }, "name", { value: "UserRevokeRole" });

        /**
         * Calls UserRevokeRole.
         * @function userRevokeRole
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthUserRevokeRoleRequest} request AuthUserRevokeRoleRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthUserRevokeRoleResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleAdd}.
         * @memberof etcdserverpb.Auth
         * @typedef RoleAddCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthRoleAddResponse} [response] AuthRoleAddResponse
         */

        /**
         * Calls RoleAdd.
         * @function roleAdd
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleAddRequest} request AuthRoleAddRequest message or plain object
         * @param {etcdserverpb.Auth.RoleAddCallback} callback Node-style callback called with the error, if any, and AuthRoleAddResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.roleAdd = function roleAdd(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, roleAdd, $root.etcdserverpb.AuthRoleAddRequest, $root.etcdserverpb.AuthRoleAddResponse, request, callback);
        }, "name", { value: "RoleAdd" });

        /**
         * Calls RoleAdd.
         * @function roleAdd
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleAddRequest} request AuthRoleAddRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthRoleAddResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleGet}.
         * @memberof etcdserverpb.Auth
         * @typedef RoleGetCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthRoleGetResponse} [response] AuthRoleGetResponse
         */

        /**
         * Calls RoleGet.
         * @function roleGet
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleGetRequest} request AuthRoleGetRequest message or plain object
         * @param {etcdserverpb.Auth.RoleGetCallback} callback Node-style callback called with the error, if any, and AuthRoleGetResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.roleGet = function roleGet(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, roleGet, $root.etcdserverpb.AuthRoleGetRequest, $root.etcdserverpb.AuthRoleGetResponse, request, callback);
        }, "name", { value: "RoleGet" });

        /**
         * Calls RoleGet.
         * @function roleGet
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleGetRequest} request AuthRoleGetRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthRoleGetResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleList}.
         * @memberof etcdserverpb.Auth
         * @typedef RoleListCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthRoleListResponse} [response] AuthRoleListResponse
         */

        /**
         * Calls RoleList.
         * @function roleList
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleListRequest} request AuthRoleListRequest message or plain object
         * @param {etcdserverpb.Auth.RoleListCallback} callback Node-style callback called with the error, if any, and AuthRoleListResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.roleList = function roleList(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, roleList, $root.etcdserverpb.AuthRoleListRequest, $root.etcdserverpb.AuthRoleListResponse, request, callback);
        }, "name", { value: "RoleList" });

        /**
         * Calls RoleList.
         * @function roleList
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleListRequest} request AuthRoleListRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthRoleListResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleDelete}.
         * @memberof etcdserverpb.Auth
         * @typedef RoleDeleteCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthRoleDeleteResponse} [response] AuthRoleDeleteResponse
         */

        /**
         * Calls RoleDelete.
         * @function roleDelete
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleDeleteRequest} request AuthRoleDeleteRequest message or plain object
         * @param {etcdserverpb.Auth.RoleDeleteCallback} callback Node-style callback called with the error, if any, and AuthRoleDeleteResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.roleDelete = function roleDelete(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, roleDelete, $root.etcdserverpb.AuthRoleDeleteRequest, $root.etcdserverpb.AuthRoleDeleteResponse, request, callback);
        }, "name", { value: "RoleDelete" });

        /**
         * Calls RoleDelete.
         * @function roleDelete
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleDeleteRequest} request AuthRoleDeleteRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthRoleDeleteResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleGrantPermission}.
         * @memberof etcdserverpb.Auth
         * @typedef RoleGrantPermissionCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthRoleGrantPermissionResponse} [response] AuthRoleGrantPermissionResponse
         */

        /**
         * Calls RoleGrantPermission.
         * @function roleGrantPermission
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleGrantPermissionRequest} request AuthRoleGrantPermissionRequest message or plain object
         * @param {etcdserverpb.Auth.RoleGrantPermissionCallback} callback Node-style callback called with the error, if any, and AuthRoleGrantPermissionResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.roleGrantPermission = function roleGrantPermission(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, roleGrantPermission, $root.etcdserverpb.AuthRoleGrantPermissionRequest, $root.etcdserverpb.AuthRoleGrantPermissionResponse, request, callback);
        }, "name", { value: "RoleGrantPermission" });

        /**
         * Calls RoleGrantPermission.
         * @function roleGrantPermission
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleGrantPermissionRequest} request AuthRoleGrantPermissionRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthRoleGrantPermissionResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link etcdserverpb.Auth#roleRevokePermission}.
         * @memberof etcdserverpb.Auth
         * @typedef RoleRevokePermissionCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {etcdserverpb.AuthRoleRevokePermissionResponse} [response] AuthRoleRevokePermissionResponse
         */

        /**
         * Calls RoleRevokePermission.
         * @function roleRevokePermission
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleRevokePermissionRequest} request AuthRoleRevokePermissionRequest message or plain object
         * @param {etcdserverpb.Auth.RoleRevokePermissionCallback} callback Node-style callback called with the error, if any, and AuthRoleRevokePermissionResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Auth.prototype.roleRevokePermission = function roleRevokePermission(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, roleRevokePermission, $root.etcdserverpb.AuthRoleRevokePermissionRequest, $root.etcdserverpb.AuthRoleRevokePermissionResponse, request, callback);
        }, "name", { value: "RoleRevokePermission" });

        /**
         * Calls RoleRevokePermission.
         * @function roleRevokePermission
         * @memberof etcdserverpb.Auth
         * @instance
         * @param {etcdserverpb.IAuthRoleRevokePermissionRequest} request AuthRoleRevokePermissionRequest message or plain object
         * @returns {Promise<etcdserverpb.AuthRoleRevokePermissionResponse>} Promise
         * @variation 2
         */

        return Auth;
    })();

    etcdserverpb.ResponseHeader = (function() {

        /**
         * Properties of a ResponseHeader.
         * @memberof etcdserverpb
         * @interface IResponseHeader
         * @property {number|Long|null} [clusterId] ResponseHeader clusterId
         * @property {number|Long|null} [memberId] ResponseHeader memberId
         * @property {number|Long|null} [revision] ResponseHeader revision
         * @property {number|Long|null} [raftTerm] ResponseHeader raftTerm
         */

        /**
         * Constructs a new ResponseHeader.
         * @memberof etcdserverpb
         * @classdesc Represents a ResponseHeader.
         * @implements IResponseHeader
         * @constructor
         * @param {etcdserverpb.IResponseHeader=} [properties] Properties to set
         */
        function ResponseHeader(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ResponseHeader clusterId.
         * @member {number|Long} clusterId
         * @memberof etcdserverpb.ResponseHeader
         * @instance
         */
        ResponseHeader.prototype.clusterId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResponseHeader memberId.
         * @member {number|Long} memberId
         * @memberof etcdserverpb.ResponseHeader
         * @instance
         */
        ResponseHeader.prototype.memberId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ResponseHeader revision.
         * @member {number|Long} revision
         * @memberof etcdserverpb.ResponseHeader
         * @instance
         */
        ResponseHeader.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ResponseHeader raftTerm.
         * @member {number|Long} raftTerm
         * @memberof etcdserverpb.ResponseHeader
         * @instance
         */
        ResponseHeader.prototype.raftTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ResponseHeader instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.ResponseHeader
         * @static
         * @param {etcdserverpb.IResponseHeader=} [properties] Properties to set
         * @returns {etcdserverpb.ResponseHeader} ResponseHeader instance
         */
        ResponseHeader.create = function create(properties) {
            return new ResponseHeader(properties);
        };

        /**
         * Encodes the specified ResponseHeader message. Does not implicitly {@link etcdserverpb.ResponseHeader.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.ResponseHeader
         * @static
         * @param {etcdserverpb.IResponseHeader} message ResponseHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ResponseHeader.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.clusterId != null && Object.hasOwnProperty.call(message, "clusterId"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.clusterId);
            if (message.memberId != null && Object.hasOwnProperty.call(message, "memberId"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.memberId);
            if (message.revision != null && Object.hasOwnProperty.call(message, "revision"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.revision);
            if (message.raftTerm != null && Object.hasOwnProperty.call(message, "raftTerm"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.raftTerm);
            return writer;
        };

        /**
         * Decodes a ResponseHeader message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.ResponseHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.ResponseHeader} ResponseHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ResponseHeader.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.ResponseHeader();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.clusterId = reader.uint64();
                        break;
                    }
                case 2: {
                        message.memberId = reader.uint64();
                        break;
                    }
                case 3: {
                        message.revision = reader.int64();
                        break;
                    }
                case 4: {
                        message.raftTerm = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for ResponseHeader
         * @function getTypeUrl
         * @memberof etcdserverpb.ResponseHeader
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ResponseHeader.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.ResponseHeader";
        };

        return ResponseHeader;
    })();

    etcdserverpb.RangeRequest = (function() {

        /**
         * Properties of a RangeRequest.
         * @memberof etcdserverpb
         * @interface IRangeRequest
         * @property {Uint8Array|null} [key] RangeRequest key
         * @property {Uint8Array|null} [rangeEnd] RangeRequest rangeEnd
         * @property {number|Long|null} [limit] RangeRequest limit
         * @property {number|Long|null} [revision] RangeRequest revision
         * @property {etcdserverpb.RangeRequest.SortOrder|null} [sortOrder] RangeRequest sortOrder
         * @property {etcdserverpb.RangeRequest.SortTarget|null} [sortTarget] RangeRequest sortTarget
         * @property {boolean|null} [serializable] RangeRequest serializable
         * @property {boolean|null} [keysOnly] RangeRequest keysOnly
         * @property {boolean|null} [countOnly] RangeRequest countOnly
         * @property {number|Long|null} [minModRevision] RangeRequest minModRevision
         * @property {number|Long|null} [maxModRevision] RangeRequest maxModRevision
         * @property {number|Long|null} [minCreateRevision] RangeRequest minCreateRevision
         * @property {number|Long|null} [maxCreateRevision] RangeRequest maxCreateRevision
         */

        /**
         * Constructs a new RangeRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a RangeRequest.
         * @implements IRangeRequest
         * @constructor
         * @param {etcdserverpb.IRangeRequest=} [properties] Properties to set
         */
        function RangeRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RangeRequest key.
         * @member {Uint8Array} key
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.key = $util.newBuffer([]);

        /**
         * RangeRequest rangeEnd.
         * @member {Uint8Array} rangeEnd
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.rangeEnd = $util.newBuffer([]);

        /**
         * RangeRequest limit.
         * @member {number|Long} limit
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * RangeRequest revision.
         * @member {number|Long} revision
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * RangeRequest sortOrder.
         * @member {etcdserverpb.RangeRequest.SortOrder} sortOrder
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.sortOrder = 0;

        /**
         * RangeRequest sortTarget.
         * @member {etcdserverpb.RangeRequest.SortTarget} sortTarget
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.sortTarget = 0;

        /**
         * RangeRequest serializable.
         * @member {boolean} serializable
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.serializable = false;

        /**
         * RangeRequest keysOnly.
         * @member {boolean} keysOnly
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.keysOnly = false;

        /**
         * RangeRequest countOnly.
         * @member {boolean} countOnly
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.countOnly = false;

        /**
         * RangeRequest minModRevision.
         * @member {number|Long} minModRevision
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.minModRevision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * RangeRequest maxModRevision.
         * @member {number|Long} maxModRevision
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.maxModRevision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * RangeRequest minCreateRevision.
         * @member {number|Long} minCreateRevision
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.minCreateRevision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * RangeRequest maxCreateRevision.
         * @member {number|Long} maxCreateRevision
         * @memberof etcdserverpb.RangeRequest
         * @instance
         */
        RangeRequest.prototype.maxCreateRevision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new RangeRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.RangeRequest
         * @static
         * @param {etcdserverpb.IRangeRequest=} [properties] Properties to set
         * @returns {etcdserverpb.RangeRequest} RangeRequest instance
         */
        RangeRequest.create = function create(properties) {
            return new RangeRequest(properties);
        };

        /**
         * Encodes the specified RangeRequest message. Does not implicitly {@link etcdserverpb.RangeRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.RangeRequest
         * @static
         * @param {etcdserverpb.IRangeRequest} message RangeRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RangeRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
            if (message.rangeEnd != null && Object.hasOwnProperty.call(message, "rangeEnd"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.rangeEnd);
            if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.limit);
            if (message.revision != null && Object.hasOwnProperty.call(message, "revision"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.revision);
            if (message.sortOrder != null && Object.hasOwnProperty.call(message, "sortOrder"))
                writer.uint32(/* id 5, wireType 0 =*/40).int32(message.sortOrder);
            if (message.sortTarget != null && Object.hasOwnProperty.call(message, "sortTarget"))
                writer.uint32(/* id 6, wireType 0 =*/48).int32(message.sortTarget);
            if (message.serializable != null && Object.hasOwnProperty.call(message, "serializable"))
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.serializable);
            if (message.keysOnly != null && Object.hasOwnProperty.call(message, "keysOnly"))
                writer.uint32(/* id 8, wireType 0 =*/64).bool(message.keysOnly);
            if (message.countOnly != null && Object.hasOwnProperty.call(message, "countOnly"))
                writer.uint32(/* id 9, wireType 0 =*/72).bool(message.countOnly);
            if (message.minModRevision != null && Object.hasOwnProperty.call(message, "minModRevision"))
                writer.uint32(/* id 10, wireType 0 =*/80).int64(message.minModRevision);
            if (message.maxModRevision != null && Object.hasOwnProperty.call(message, "maxModRevision"))
                writer.uint32(/* id 11, wireType 0 =*/88).int64(message.maxModRevision);
            if (message.minCreateRevision != null && Object.hasOwnProperty.call(message, "minCreateRevision"))
                writer.uint32(/* id 12, wireType 0 =*/96).int64(message.minCreateRevision);
            if (message.maxCreateRevision != null && Object.hasOwnProperty.call(message, "maxCreateRevision"))
                writer.uint32(/* id 13, wireType 0 =*/104).int64(message.maxCreateRevision);
            return writer;
        };

        /**
         * Decodes a RangeRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.RangeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.RangeRequest} RangeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RangeRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.RangeRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.key = reader.bytes();
                        break;
                    }
                case 2: {
                        message.rangeEnd = reader.bytes();
                        break;
                    }
                case 3: {
                        message.limit = reader.int64();
                        break;
                    }
                case 4: {
                        message.revision = reader.int64();
                        break;
                    }
                case 5: {
                        message.sortOrder = reader.int32();
                        break;
                    }
                case 6: {
                        message.sortTarget = reader.int32();
                        break;
                    }
                case 7: {
                        message.serializable = reader.bool();
                        break;
                    }
                case 8: {
                        message.keysOnly = reader.bool();
                        break;
                    }
                case 9: {
                        message.countOnly = reader.bool();
                        break;
                    }
                case 10: {
                        message.minModRevision = reader.int64();
                        break;
                    }
                case 11: {
                        message.maxModRevision = reader.int64();
                        break;
                    }
                case 12: {
                        message.minCreateRevision = reader.int64();
                        break;
                    }
                case 13: {
                        message.maxCreateRevision = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for RangeRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.RangeRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RangeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.RangeRequest";
        };

        /**
         * SortOrder enum.
         * @name etcdserverpb.RangeRequest.SortOrder
         * @enum {number}
         * @property {number} NONE=0 NONE value
         * @property {number} ASCEND=1 ASCEND value
         * @property {number} DESCEND=2 DESCEND value
         */
        RangeRequest.SortOrder = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "NONE"] = 0;
            values[valuesById[1] = "ASCEND"] = 1;
            values[valuesById[2] = "DESCEND"] = 2;
            return values;
        })();

        /**
         * SortTarget enum.
         * @name etcdserverpb.RangeRequest.SortTarget
         * @enum {number}
         * @property {number} KEY=0 KEY value
         * @property {number} VERSION=1 VERSION value
         * @property {number} CREATE=2 CREATE value
         * @property {number} MOD=3 MOD value
         * @property {number} VALUE=4 VALUE value
         */
        RangeRequest.SortTarget = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "KEY"] = 0;
            values[valuesById[1] = "VERSION"] = 1;
            values[valuesById[2] = "CREATE"] = 2;
            values[valuesById[3] = "MOD"] = 3;
            values[valuesById[4] = "VALUE"] = 4;
            return values;
        })();

        return RangeRequest;
    })();

    etcdserverpb.RangeResponse = (function() {

        /**
         * Properties of a RangeResponse.
         * @memberof etcdserverpb
         * @interface IRangeResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] RangeResponse header
         * @property {Array.<mvccpb.IKeyValue>|null} [kvs] RangeResponse kvs
         * @property {boolean|null} [more] RangeResponse more
         * @property {number|Long|null} [count] RangeResponse count
         */

        /**
         * Constructs a new RangeResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a RangeResponse.
         * @implements IRangeResponse
         * @constructor
         * @param {etcdserverpb.IRangeResponse=} [properties] Properties to set
         */
        function RangeResponse(properties) {
            this.kvs = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RangeResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.RangeResponse
         * @instance
         */
        RangeResponse.prototype.header = null;

        /**
         * RangeResponse kvs.
         * @member {Array.<mvccpb.IKeyValue>} kvs
         * @memberof etcdserverpb.RangeResponse
         * @instance
         */
        RangeResponse.prototype.kvs = $util.emptyArray;

        /**
         * RangeResponse more.
         * @member {boolean} more
         * @memberof etcdserverpb.RangeResponse
         * @instance
         */
        RangeResponse.prototype.more = false;

        /**
         * RangeResponse count.
         * @member {number|Long} count
         * @memberof etcdserverpb.RangeResponse
         * @instance
         */
        RangeResponse.prototype.count = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new RangeResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.RangeResponse
         * @static
         * @param {etcdserverpb.IRangeResponse=} [properties] Properties to set
         * @returns {etcdserverpb.RangeResponse} RangeResponse instance
         */
        RangeResponse.create = function create(properties) {
            return new RangeResponse(properties);
        };

        /**
         * Encodes the specified RangeResponse message. Does not implicitly {@link etcdserverpb.RangeResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.RangeResponse
         * @static
         * @param {etcdserverpb.IRangeResponse} message RangeResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RangeResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.kvs != null && message.kvs.length)
                for (let i = 0; i < message.kvs.length; ++i)
                    $root.mvccpb.KeyValue.encode(message.kvs[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.more != null && Object.hasOwnProperty.call(message, "more"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.more);
            if (message.count != null && Object.hasOwnProperty.call(message, "count"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.count);
            return writer;
        };

        /**
         * Decodes a RangeResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.RangeResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.RangeResponse} RangeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RangeResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.RangeResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        if (!(message.kvs && message.kvs.length))
                            message.kvs = [];
                        message.kvs.push($root.mvccpb.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 3: {
                        message.more = reader.bool();
                        break;
                    }
                case 4: {
                        message.count = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for RangeResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.RangeResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RangeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.RangeResponse";
        };

        return RangeResponse;
    })();

    etcdserverpb.PutRequest = (function() {

        /**
         * Properties of a PutRequest.
         * @memberof etcdserverpb
         * @interface IPutRequest
         * @property {Uint8Array|null} [key] PutRequest key
         * @property {Uint8Array|null} [value] PutRequest value
         * @property {number|Long|null} [lease] PutRequest lease
         * @property {boolean|null} [prevKv] PutRequest prevKv
         * @property {boolean|null} [ignoreValue] PutRequest ignoreValue
         * @property {boolean|null} [ignoreLease] PutRequest ignoreLease
         */

        /**
         * Constructs a new PutRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a PutRequest.
         * @implements IPutRequest
         * @constructor
         * @param {etcdserverpb.IPutRequest=} [properties] Properties to set
         */
        function PutRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * PutRequest key.
         * @member {Uint8Array} key
         * @memberof etcdserverpb.PutRequest
         * @instance
         */
        PutRequest.prototype.key = $util.newBuffer([]);

        /**
         * PutRequest value.
         * @member {Uint8Array} value
         * @memberof etcdserverpb.PutRequest
         * @instance
         */
        PutRequest.prototype.value = $util.newBuffer([]);

        /**
         * PutRequest lease.
         * @member {number|Long} lease
         * @memberof etcdserverpb.PutRequest
         * @instance
         */
        PutRequest.prototype.lease = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PutRequest prevKv.
         * @member {boolean} prevKv
         * @memberof etcdserverpb.PutRequest
         * @instance
         */
        PutRequest.prototype.prevKv = false;

        /**
         * PutRequest ignoreValue.
         * @member {boolean} ignoreValue
         * @memberof etcdserverpb.PutRequest
         * @instance
         */
        PutRequest.prototype.ignoreValue = false;

        /**
         * PutRequest ignoreLease.
         * @member {boolean} ignoreLease
         * @memberof etcdserverpb.PutRequest
         * @instance
         */
        PutRequest.prototype.ignoreLease = false;

        /**
         * Creates a new PutRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.PutRequest
         * @static
         * @param {etcdserverpb.IPutRequest=} [properties] Properties to set
         * @returns {etcdserverpb.PutRequest} PutRequest instance
         */
        PutRequest.create = function create(properties) {
            return new PutRequest(properties);
        };

        /**
         * Encodes the specified PutRequest message. Does not implicitly {@link etcdserverpb.PutRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.PutRequest
         * @static
         * @param {etcdserverpb.IPutRequest} message PutRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PutRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
            if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
            if (message.lease != null && Object.hasOwnProperty.call(message, "lease"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.lease);
            if (message.prevKv != null && Object.hasOwnProperty.call(message, "prevKv"))
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.prevKv);
            if (message.ignoreValue != null && Object.hasOwnProperty.call(message, "ignoreValue"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.ignoreValue);
            if (message.ignoreLease != null && Object.hasOwnProperty.call(message, "ignoreLease"))
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.ignoreLease);
            return writer;
        };

        /**
         * Decodes a PutRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.PutRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.PutRequest} PutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PutRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.PutRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.key = reader.bytes();
                        break;
                    }
                case 2: {
                        message.value = reader.bytes();
                        break;
                    }
                case 3: {
                        message.lease = reader.int64();
                        break;
                    }
                case 4: {
                        message.prevKv = reader.bool();
                        break;
                    }
                case 5: {
                        message.ignoreValue = reader.bool();
                        break;
                    }
                case 6: {
                        message.ignoreLease = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for PutRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.PutRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        PutRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.PutRequest";
        };

        return PutRequest;
    })();

    etcdserverpb.PutResponse = (function() {

        /**
         * Properties of a PutResponse.
         * @memberof etcdserverpb
         * @interface IPutResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] PutResponse header
         * @property {mvccpb.IKeyValue|null} [prevKv] PutResponse prevKv
         */

        /**
         * Constructs a new PutResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a PutResponse.
         * @implements IPutResponse
         * @constructor
         * @param {etcdserverpb.IPutResponse=} [properties] Properties to set
         */
        function PutResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * PutResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.PutResponse
         * @instance
         */
        PutResponse.prototype.header = null;

        /**
         * PutResponse prevKv.
         * @member {mvccpb.IKeyValue|null|undefined} prevKv
         * @memberof etcdserverpb.PutResponse
         * @instance
         */
        PutResponse.prototype.prevKv = null;

        /**
         * Creates a new PutResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.PutResponse
         * @static
         * @param {etcdserverpb.IPutResponse=} [properties] Properties to set
         * @returns {etcdserverpb.PutResponse} PutResponse instance
         */
        PutResponse.create = function create(properties) {
            return new PutResponse(properties);
        };

        /**
         * Encodes the specified PutResponse message. Does not implicitly {@link etcdserverpb.PutResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.PutResponse
         * @static
         * @param {etcdserverpb.IPutResponse} message PutResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PutResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.prevKv != null && Object.hasOwnProperty.call(message, "prevKv"))
                $root.mvccpb.KeyValue.encode(message.prevKv, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a PutResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.PutResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.PutResponse} PutResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PutResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.PutResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.prevKv = $root.mvccpb.KeyValue.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for PutResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.PutResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        PutResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.PutResponse";
        };

        return PutResponse;
    })();

    etcdserverpb.DeleteRangeRequest = (function() {

        /**
         * Properties of a DeleteRangeRequest.
         * @memberof etcdserverpb
         * @interface IDeleteRangeRequest
         * @property {Uint8Array|null} [key] DeleteRangeRequest key
         * @property {Uint8Array|null} [rangeEnd] DeleteRangeRequest rangeEnd
         * @property {boolean|null} [prevKv] DeleteRangeRequest prevKv
         */

        /**
         * Constructs a new DeleteRangeRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a DeleteRangeRequest.
         * @implements IDeleteRangeRequest
         * @constructor
         * @param {etcdserverpb.IDeleteRangeRequest=} [properties] Properties to set
         */
        function DeleteRangeRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DeleteRangeRequest key.
         * @member {Uint8Array} key
         * @memberof etcdserverpb.DeleteRangeRequest
         * @instance
         */
        DeleteRangeRequest.prototype.key = $util.newBuffer([]);

        /**
         * DeleteRangeRequest rangeEnd.
         * @member {Uint8Array} rangeEnd
         * @memberof etcdserverpb.DeleteRangeRequest
         * @instance
         */
        DeleteRangeRequest.prototype.rangeEnd = $util.newBuffer([]);

        /**
         * DeleteRangeRequest prevKv.
         * @member {boolean} prevKv
         * @memberof etcdserverpb.DeleteRangeRequest
         * @instance
         */
        DeleteRangeRequest.prototype.prevKv = false;

        /**
         * Creates a new DeleteRangeRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.DeleteRangeRequest
         * @static
         * @param {etcdserverpb.IDeleteRangeRequest=} [properties] Properties to set
         * @returns {etcdserverpb.DeleteRangeRequest} DeleteRangeRequest instance
         */
        DeleteRangeRequest.create = function create(properties) {
            return new DeleteRangeRequest(properties);
        };

        /**
         * Encodes the specified DeleteRangeRequest message. Does not implicitly {@link etcdserverpb.DeleteRangeRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.DeleteRangeRequest
         * @static
         * @param {etcdserverpb.IDeleteRangeRequest} message DeleteRangeRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeleteRangeRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
            if (message.rangeEnd != null && Object.hasOwnProperty.call(message, "rangeEnd"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.rangeEnd);
            if (message.prevKv != null && Object.hasOwnProperty.call(message, "prevKv"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.prevKv);
            return writer;
        };

        /**
         * Decodes a DeleteRangeRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.DeleteRangeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.DeleteRangeRequest} DeleteRangeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeleteRangeRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.DeleteRangeRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.key = reader.bytes();
                        break;
                    }
                case 2: {
                        message.rangeEnd = reader.bytes();
                        break;
                    }
                case 3: {
                        message.prevKv = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for DeleteRangeRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.DeleteRangeRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DeleteRangeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.DeleteRangeRequest";
        };

        return DeleteRangeRequest;
    })();

    etcdserverpb.DeleteRangeResponse = (function() {

        /**
         * Properties of a DeleteRangeResponse.
         * @memberof etcdserverpb
         * @interface IDeleteRangeResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] DeleteRangeResponse header
         * @property {number|Long|null} [deleted] DeleteRangeResponse deleted
         * @property {Array.<mvccpb.IKeyValue>|null} [prevKvs] DeleteRangeResponse prevKvs
         */

        /**
         * Constructs a new DeleteRangeResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a DeleteRangeResponse.
         * @implements IDeleteRangeResponse
         * @constructor
         * @param {etcdserverpb.IDeleteRangeResponse=} [properties] Properties to set
         */
        function DeleteRangeResponse(properties) {
            this.prevKvs = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DeleteRangeResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.DeleteRangeResponse
         * @instance
         */
        DeleteRangeResponse.prototype.header = null;

        /**
         * DeleteRangeResponse deleted.
         * @member {number|Long} deleted
         * @memberof etcdserverpb.DeleteRangeResponse
         * @instance
         */
        DeleteRangeResponse.prototype.deleted = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * DeleteRangeResponse prevKvs.
         * @member {Array.<mvccpb.IKeyValue>} prevKvs
         * @memberof etcdserverpb.DeleteRangeResponse
         * @instance
         */
        DeleteRangeResponse.prototype.prevKvs = $util.emptyArray;

        /**
         * Creates a new DeleteRangeResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.DeleteRangeResponse
         * @static
         * @param {etcdserverpb.IDeleteRangeResponse=} [properties] Properties to set
         * @returns {etcdserverpb.DeleteRangeResponse} DeleteRangeResponse instance
         */
        DeleteRangeResponse.create = function create(properties) {
            return new DeleteRangeResponse(properties);
        };

        /**
         * Encodes the specified DeleteRangeResponse message. Does not implicitly {@link etcdserverpb.DeleteRangeResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.DeleteRangeResponse
         * @static
         * @param {etcdserverpb.IDeleteRangeResponse} message DeleteRangeResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeleteRangeResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.deleted != null && Object.hasOwnProperty.call(message, "deleted"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.deleted);
            if (message.prevKvs != null && message.prevKvs.length)
                for (let i = 0; i < message.prevKvs.length; ++i)
                    $root.mvccpb.KeyValue.encode(message.prevKvs[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a DeleteRangeResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.DeleteRangeResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.DeleteRangeResponse} DeleteRangeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeleteRangeResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.DeleteRangeResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.deleted = reader.int64();
                        break;
                    }
                case 3: {
                        if (!(message.prevKvs && message.prevKvs.length))
                            message.prevKvs = [];
                        message.prevKvs.push($root.mvccpb.KeyValue.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for DeleteRangeResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.DeleteRangeResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DeleteRangeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.DeleteRangeResponse";
        };

        return DeleteRangeResponse;
    })();

    etcdserverpb.RequestOp = (function() {

        /**
         * Properties of a RequestOp.
         * @memberof etcdserverpb
         * @interface IRequestOp
         * @property {etcdserverpb.IRangeRequest|null} [requestRange] RequestOp requestRange
         * @property {etcdserverpb.IPutRequest|null} [requestPut] RequestOp requestPut
         * @property {etcdserverpb.IDeleteRangeRequest|null} [requestDeleteRange] RequestOp requestDeleteRange
         * @property {etcdserverpb.ITxnRequest|null} [requestTxn] RequestOp requestTxn
         */

        /**
         * Constructs a new RequestOp.
         * @memberof etcdserverpb
         * @classdesc Represents a RequestOp.
         * @implements IRequestOp
         * @constructor
         * @param {etcdserverpb.IRequestOp=} [properties] Properties to set
         */
        function RequestOp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * RequestOp requestRange.
         * @member {etcdserverpb.IRangeRequest|null|undefined} requestRange
         * @memberof etcdserverpb.RequestOp
         * @instance
         */
        RequestOp.prototype.requestRange = null;

        /**
         * RequestOp requestPut.
         * @member {etcdserverpb.IPutRequest|null|undefined} requestPut
         * @memberof etcdserverpb.RequestOp
         * @instance
         */
        RequestOp.prototype.requestPut = null;

        /**
         * RequestOp requestDeleteRange.
         * @member {etcdserverpb.IDeleteRangeRequest|null|undefined} requestDeleteRange
         * @memberof etcdserverpb.RequestOp
         * @instance
         */
        RequestOp.prototype.requestDeleteRange = null;

        /**
         * RequestOp requestTxn.
         * @member {etcdserverpb.ITxnRequest|null|undefined} requestTxn
         * @memberof etcdserverpb.RequestOp
         * @instance
         */
        RequestOp.prototype.requestTxn = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * RequestOp request.
         * @member {"requestRange"|"requestPut"|"requestDeleteRange"|"requestTxn"|undefined} request
         * @memberof etcdserverpb.RequestOp
         * @instance
         */
        Object.defineProperty(RequestOp.prototype, "request", {
            get: $util.oneOfGetter($oneOfFields = ["requestRange", "requestPut", "requestDeleteRange", "requestTxn"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new RequestOp instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.RequestOp
         * @static
         * @param {etcdserverpb.IRequestOp=} [properties] Properties to set
         * @returns {etcdserverpb.RequestOp} RequestOp instance
         */
        RequestOp.create = function create(properties) {
            return new RequestOp(properties);
        };

        /**
         * Encodes the specified RequestOp message. Does not implicitly {@link etcdserverpb.RequestOp.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.RequestOp
         * @static
         * @param {etcdserverpb.IRequestOp} message RequestOp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RequestOp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.requestRange != null && Object.hasOwnProperty.call(message, "requestRange"))
                $root.etcdserverpb.RangeRequest.encode(message.requestRange, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.requestPut != null && Object.hasOwnProperty.call(message, "requestPut"))
                $root.etcdserverpb.PutRequest.encode(message.requestPut, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.requestDeleteRange != null && Object.hasOwnProperty.call(message, "requestDeleteRange"))
                $root.etcdserverpb.DeleteRangeRequest.encode(message.requestDeleteRange, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (message.requestTxn != null && Object.hasOwnProperty.call(message, "requestTxn"))
                $root.etcdserverpb.TxnRequest.encode(message.requestTxn, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a RequestOp message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.RequestOp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.RequestOp} RequestOp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RequestOp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.RequestOp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.requestRange = $root.etcdserverpb.RangeRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.requestPut = $root.etcdserverpb.PutRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message.requestDeleteRange = $root.etcdserverpb.DeleteRangeRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 4: {
                        message.requestTxn = $root.etcdserverpb.TxnRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for RequestOp
         * @function getTypeUrl
         * @memberof etcdserverpb.RequestOp
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        RequestOp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.RequestOp";
        };

        return RequestOp;
    })();

    etcdserverpb.ResponseOp = (function() {

        /**
         * Properties of a ResponseOp.
         * @memberof etcdserverpb
         * @interface IResponseOp
         * @property {etcdserverpb.IRangeResponse|null} [responseRange] ResponseOp responseRange
         * @property {etcdserverpb.IPutResponse|null} [responsePut] ResponseOp responsePut
         * @property {etcdserverpb.IDeleteRangeResponse|null} [responseDeleteRange] ResponseOp responseDeleteRange
         * @property {etcdserverpb.ITxnResponse|null} [responseTxn] ResponseOp responseTxn
         */

        /**
         * Constructs a new ResponseOp.
         * @memberof etcdserverpb
         * @classdesc Represents a ResponseOp.
         * @implements IResponseOp
         * @constructor
         * @param {etcdserverpb.IResponseOp=} [properties] Properties to set
         */
        function ResponseOp(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ResponseOp responseRange.
         * @member {etcdserverpb.IRangeResponse|null|undefined} responseRange
         * @memberof etcdserverpb.ResponseOp
         * @instance
         */
        ResponseOp.prototype.responseRange = null;

        /**
         * ResponseOp responsePut.
         * @member {etcdserverpb.IPutResponse|null|undefined} responsePut
         * @memberof etcdserverpb.ResponseOp
         * @instance
         */
        ResponseOp.prototype.responsePut = null;

        /**
         * ResponseOp responseDeleteRange.
         * @member {etcdserverpb.IDeleteRangeResponse|null|undefined} responseDeleteRange
         * @memberof etcdserverpb.ResponseOp
         * @instance
         */
        ResponseOp.prototype.responseDeleteRange = null;

        /**
         * ResponseOp responseTxn.
         * @member {etcdserverpb.ITxnResponse|null|undefined} responseTxn
         * @memberof etcdserverpb.ResponseOp
         * @instance
         */
        ResponseOp.prototype.responseTxn = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ResponseOp response.
         * @member {"responseRange"|"responsePut"|"responseDeleteRange"|"responseTxn"|undefined} response
         * @memberof etcdserverpb.ResponseOp
         * @instance
         */
        Object.defineProperty(ResponseOp.prototype, "response", {
            get: $util.oneOfGetter($oneOfFields = ["responseRange", "responsePut", "responseDeleteRange", "responseTxn"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ResponseOp instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.ResponseOp
         * @static
         * @param {etcdserverpb.IResponseOp=} [properties] Properties to set
         * @returns {etcdserverpb.ResponseOp} ResponseOp instance
         */
        ResponseOp.create = function create(properties) {
            return new ResponseOp(properties);
        };

        /**
         * Encodes the specified ResponseOp message. Does not implicitly {@link etcdserverpb.ResponseOp.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.ResponseOp
         * @static
         * @param {etcdserverpb.IResponseOp} message ResponseOp message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ResponseOp.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.responseRange != null && Object.hasOwnProperty.call(message, "responseRange"))
                $root.etcdserverpb.RangeResponse.encode(message.responseRange, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.responsePut != null && Object.hasOwnProperty.call(message, "responsePut"))
                $root.etcdserverpb.PutResponse.encode(message.responsePut, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.responseDeleteRange != null && Object.hasOwnProperty.call(message, "responseDeleteRange"))
                $root.etcdserverpb.DeleteRangeResponse.encode(message.responseDeleteRange, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (message.responseTxn != null && Object.hasOwnProperty.call(message, "responseTxn"))
                $root.etcdserverpb.TxnResponse.encode(message.responseTxn, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a ResponseOp message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.ResponseOp
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.ResponseOp} ResponseOp
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ResponseOp.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.ResponseOp();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.responseRange = $root.etcdserverpb.RangeResponse.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.responsePut = $root.etcdserverpb.PutResponse.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message.responseDeleteRange = $root.etcdserverpb.DeleteRangeResponse.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 4: {
                        message.responseTxn = $root.etcdserverpb.TxnResponse.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for ResponseOp
         * @function getTypeUrl
         * @memberof etcdserverpb.ResponseOp
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ResponseOp.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.ResponseOp";
        };

        return ResponseOp;
    })();

    etcdserverpb.Compare = (function() {

        /**
         * Properties of a Compare.
         * @memberof etcdserverpb
         * @interface ICompare
         * @property {etcdserverpb.Compare.CompareResult|null} [result] Compare result
         * @property {etcdserverpb.Compare.CompareTarget|null} [target] Compare target
         * @property {Uint8Array|null} [key] Compare key
         * @property {number|Long|null} [version] Compare version
         * @property {number|Long|null} [createRevision] Compare createRevision
         * @property {number|Long|null} [modRevision] Compare modRevision
         * @property {Uint8Array|null} [value] Compare value
         * @property {number|Long|null} [lease] Compare lease
         * @property {Uint8Array|null} [rangeEnd] Compare rangeEnd
         */

        /**
         * Constructs a new Compare.
         * @memberof etcdserverpb
         * @classdesc Represents a Compare.
         * @implements ICompare
         * @constructor
         * @param {etcdserverpb.ICompare=} [properties] Properties to set
         */
        function Compare(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Compare result.
         * @member {etcdserverpb.Compare.CompareResult} result
         * @memberof etcdserverpb.Compare
         * @instance
         */
        Compare.prototype.result = 0;

        /**
         * Compare target.
         * @member {etcdserverpb.Compare.CompareTarget} target
         * @memberof etcdserverpb.Compare
         * @instance
         */
        Compare.prototype.target = 0;

        /**
         * Compare key.
         * @member {Uint8Array} key
         * @memberof etcdserverpb.Compare
         * @instance
         */
        Compare.prototype.key = $util.newBuffer([]);

        /**
         * Compare version.
         * @member {number|Long|null|undefined} version
         * @memberof etcdserverpb.Compare
         * @instance
         */
        Compare.prototype.version = null;

        /**
         * Compare createRevision.
         * @member {number|Long|null|undefined} createRevision
         * @memberof etcdserverpb.Compare
         * @instance
         */
        Compare.prototype.createRevision = null;

        /**
         * Compare modRevision.
         * @member {number|Long|null|undefined} modRevision
         * @memberof etcdserverpb.Compare
         * @instance
         */
        Compare.prototype.modRevision = null;

        /**
         * Compare value.
         * @member {Uint8Array|null|undefined} value
         * @memberof etcdserverpb.Compare
         * @instance
         */
        Compare.prototype.value = null;

        /**
         * Compare lease.
         * @member {number|Long|null|undefined} lease
         * @memberof etcdserverpb.Compare
         * @instance
         */
        Compare.prototype.lease = null;

        /**
         * Compare rangeEnd.
         * @member {Uint8Array} rangeEnd
         * @memberof etcdserverpb.Compare
         * @instance
         */
        Compare.prototype.rangeEnd = $util.newBuffer([]);

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Compare targetUnion.
         * @member {"version"|"createRevision"|"modRevision"|"value"|"lease"|undefined} targetUnion
         * @memberof etcdserverpb.Compare
         * @instance
         */
        Object.defineProperty(Compare.prototype, "targetUnion", {
            get: $util.oneOfGetter($oneOfFields = ["version", "createRevision", "modRevision", "value", "lease"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Compare instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.Compare
         * @static
         * @param {etcdserverpb.ICompare=} [properties] Properties to set
         * @returns {etcdserverpb.Compare} Compare instance
         */
        Compare.create = function create(properties) {
            return new Compare(properties);
        };

        /**
         * Encodes the specified Compare message. Does not implicitly {@link etcdserverpb.Compare.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.Compare
         * @static
         * @param {etcdserverpb.ICompare} message Compare message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Compare.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.result != null && Object.hasOwnProperty.call(message, "result"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.result);
            if (message.target != null && Object.hasOwnProperty.call(message, "target"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.target);
            if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.key);
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.version);
            if (message.createRevision != null && Object.hasOwnProperty.call(message, "createRevision"))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.createRevision);
            if (message.modRevision != null && Object.hasOwnProperty.call(message, "modRevision"))
                writer.uint32(/* id 6, wireType 0 =*/48).int64(message.modRevision);
            if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.value);
            if (message.lease != null && Object.hasOwnProperty.call(message, "lease"))
                writer.uint32(/* id 8, wireType 0 =*/64).int64(message.lease);
            if (message.rangeEnd != null && Object.hasOwnProperty.call(message, "rangeEnd"))
                writer.uint32(/* id 64, wireType 2 =*/514).bytes(message.rangeEnd);
            return writer;
        };

        /**
         * Decodes a Compare message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.Compare
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.Compare} Compare
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Compare.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.Compare();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.result = reader.int32();
                        break;
                    }
                case 2: {
                        message.target = reader.int32();
                        break;
                    }
                case 3: {
                        message.key = reader.bytes();
                        break;
                    }
                case 4: {
                        message.version = reader.int64();
                        break;
                    }
                case 5: {
                        message.createRevision = reader.int64();
                        break;
                    }
                case 6: {
                        message.modRevision = reader.int64();
                        break;
                    }
                case 7: {
                        message.value = reader.bytes();
                        break;
                    }
                case 8: {
                        message.lease = reader.int64();
                        break;
                    }
                case 64: {
                        message.rangeEnd = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for Compare
         * @function getTypeUrl
         * @memberof etcdserverpb.Compare
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Compare.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.Compare";
        };

        /**
         * CompareResult enum.
         * @name etcdserverpb.Compare.CompareResult
         * @enum {number}
         * @property {number} EQUAL=0 EQUAL value
         * @property {number} GREATER=1 GREATER value
         * @property {number} LESS=2 LESS value
         * @property {number} NOT_EQUAL=3 NOT_EQUAL value
         */
        Compare.CompareResult = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "EQUAL"] = 0;
            values[valuesById[1] = "GREATER"] = 1;
            values[valuesById[2] = "LESS"] = 2;
            values[valuesById[3] = "NOT_EQUAL"] = 3;
            return values;
        })();

        /**
         * CompareTarget enum.
         * @name etcdserverpb.Compare.CompareTarget
         * @enum {number}
         * @property {number} VERSION=0 VERSION value
         * @property {number} CREATE=1 CREATE value
         * @property {number} MOD=2 MOD value
         * @property {number} VALUE=3 VALUE value
         * @property {number} LEASE=4 LEASE value
         */
        Compare.CompareTarget = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "VERSION"] = 0;
            values[valuesById[1] = "CREATE"] = 1;
            values[valuesById[2] = "MOD"] = 2;
            values[valuesById[3] = "VALUE"] = 3;
            values[valuesById[4] = "LEASE"] = 4;
            return values;
        })();

        return Compare;
    })();

    etcdserverpb.TxnRequest = (function() {

        /**
         * Properties of a TxnRequest.
         * @memberof etcdserverpb
         * @interface ITxnRequest
         * @property {Array.<etcdserverpb.ICompare>|null} [compare] TxnRequest compare
         * @property {Array.<etcdserverpb.IRequestOp>|null} [success] TxnRequest success
         * @property {Array.<etcdserverpb.IRequestOp>|null} [failure] TxnRequest failure
         */

        /**
         * Constructs a new TxnRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a TxnRequest.
         * @implements ITxnRequest
         * @constructor
         * @param {etcdserverpb.ITxnRequest=} [properties] Properties to set
         */
        function TxnRequest(properties) {
            this.compare = [];
            this.success = [];
            this.failure = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TxnRequest compare.
         * @member {Array.<etcdserverpb.ICompare>} compare
         * @memberof etcdserverpb.TxnRequest
         * @instance
         */
        TxnRequest.prototype.compare = $util.emptyArray;

        /**
         * TxnRequest success.
         * @member {Array.<etcdserverpb.IRequestOp>} success
         * @memberof etcdserverpb.TxnRequest
         * @instance
         */
        TxnRequest.prototype.success = $util.emptyArray;

        /**
         * TxnRequest failure.
         * @member {Array.<etcdserverpb.IRequestOp>} failure
         * @memberof etcdserverpb.TxnRequest
         * @instance
         */
        TxnRequest.prototype.failure = $util.emptyArray;

        /**
         * Creates a new TxnRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.TxnRequest
         * @static
         * @param {etcdserverpb.ITxnRequest=} [properties] Properties to set
         * @returns {etcdserverpb.TxnRequest} TxnRequest instance
         */
        TxnRequest.create = function create(properties) {
            return new TxnRequest(properties);
        };

        /**
         * Encodes the specified TxnRequest message. Does not implicitly {@link etcdserverpb.TxnRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.TxnRequest
         * @static
         * @param {etcdserverpb.ITxnRequest} message TxnRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TxnRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.compare != null && message.compare.length)
                for (let i = 0; i < message.compare.length; ++i)
                    $root.etcdserverpb.Compare.encode(message.compare[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.success != null && message.success.length)
                for (let i = 0; i < message.success.length; ++i)
                    $root.etcdserverpb.RequestOp.encode(message.success[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.failure != null && message.failure.length)
                for (let i = 0; i < message.failure.length; ++i)
                    $root.etcdserverpb.RequestOp.encode(message.failure[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a TxnRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.TxnRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.TxnRequest} TxnRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TxnRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.TxnRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.compare && message.compare.length))
                            message.compare = [];
                        message.compare.push($root.etcdserverpb.Compare.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 2: {
                        if (!(message.success && message.success.length))
                            message.success = [];
                        message.success.push($root.etcdserverpb.RequestOp.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 3: {
                        if (!(message.failure && message.failure.length))
                            message.failure = [];
                        message.failure.push($root.etcdserverpb.RequestOp.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for TxnRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.TxnRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        TxnRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.TxnRequest";
        };

        return TxnRequest;
    })();

    etcdserverpb.TxnResponse = (function() {

        /**
         * Properties of a TxnResponse.
         * @memberof etcdserverpb
         * @interface ITxnResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] TxnResponse header
         * @property {boolean|null} [succeeded] TxnResponse succeeded
         * @property {Array.<etcdserverpb.IResponseOp>|null} [responses] TxnResponse responses
         */

        /**
         * Constructs a new TxnResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a TxnResponse.
         * @implements ITxnResponse
         * @constructor
         * @param {etcdserverpb.ITxnResponse=} [properties] Properties to set
         */
        function TxnResponse(properties) {
            this.responses = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * TxnResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.TxnResponse
         * @instance
         */
        TxnResponse.prototype.header = null;

        /**
         * TxnResponse succeeded.
         * @member {boolean} succeeded
         * @memberof etcdserverpb.TxnResponse
         * @instance
         */
        TxnResponse.prototype.succeeded = false;

        /**
         * TxnResponse responses.
         * @member {Array.<etcdserverpb.IResponseOp>} responses
         * @memberof etcdserverpb.TxnResponse
         * @instance
         */
        TxnResponse.prototype.responses = $util.emptyArray;

        /**
         * Creates a new TxnResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.TxnResponse
         * @static
         * @param {etcdserverpb.ITxnResponse=} [properties] Properties to set
         * @returns {etcdserverpb.TxnResponse} TxnResponse instance
         */
        TxnResponse.create = function create(properties) {
            return new TxnResponse(properties);
        };

        /**
         * Encodes the specified TxnResponse message. Does not implicitly {@link etcdserverpb.TxnResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.TxnResponse
         * @static
         * @param {etcdserverpb.ITxnResponse} message TxnResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TxnResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.succeeded != null && Object.hasOwnProperty.call(message, "succeeded"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.succeeded);
            if (message.responses != null && message.responses.length)
                for (let i = 0; i < message.responses.length; ++i)
                    $root.etcdserverpb.ResponseOp.encode(message.responses[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a TxnResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.TxnResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.TxnResponse} TxnResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TxnResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.TxnResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.succeeded = reader.bool();
                        break;
                    }
                case 3: {
                        if (!(message.responses && message.responses.length))
                            message.responses = [];
                        message.responses.push($root.etcdserverpb.ResponseOp.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for TxnResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.TxnResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        TxnResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.TxnResponse";
        };

        return TxnResponse;
    })();

    etcdserverpb.CompactionRequest = (function() {

        /**
         * Properties of a CompactionRequest.
         * @memberof etcdserverpb
         * @interface ICompactionRequest
         * @property {number|Long|null} [revision] CompactionRequest revision
         * @property {boolean|null} [physical] CompactionRequest physical
         */

        /**
         * Constructs a new CompactionRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a CompactionRequest.
         * @implements ICompactionRequest
         * @constructor
         * @param {etcdserverpb.ICompactionRequest=} [properties] Properties to set
         */
        function CompactionRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CompactionRequest revision.
         * @member {number|Long} revision
         * @memberof etcdserverpb.CompactionRequest
         * @instance
         */
        CompactionRequest.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * CompactionRequest physical.
         * @member {boolean} physical
         * @memberof etcdserverpb.CompactionRequest
         * @instance
         */
        CompactionRequest.prototype.physical = false;

        /**
         * Creates a new CompactionRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.CompactionRequest
         * @static
         * @param {etcdserverpb.ICompactionRequest=} [properties] Properties to set
         * @returns {etcdserverpb.CompactionRequest} CompactionRequest instance
         */
        CompactionRequest.create = function create(properties) {
            return new CompactionRequest(properties);
        };

        /**
         * Encodes the specified CompactionRequest message. Does not implicitly {@link etcdserverpb.CompactionRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.CompactionRequest
         * @static
         * @param {etcdserverpb.ICompactionRequest} message CompactionRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CompactionRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.revision != null && Object.hasOwnProperty.call(message, "revision"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.revision);
            if (message.physical != null && Object.hasOwnProperty.call(message, "physical"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.physical);
            return writer;
        };

        /**
         * Decodes a CompactionRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.CompactionRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.CompactionRequest} CompactionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CompactionRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.CompactionRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.revision = reader.int64();
                        break;
                    }
                case 2: {
                        message.physical = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for CompactionRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.CompactionRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        CompactionRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.CompactionRequest";
        };

        return CompactionRequest;
    })();

    etcdserverpb.CompactionResponse = (function() {

        /**
         * Properties of a CompactionResponse.
         * @memberof etcdserverpb
         * @interface ICompactionResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] CompactionResponse header
         */

        /**
         * Constructs a new CompactionResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a CompactionResponse.
         * @implements ICompactionResponse
         * @constructor
         * @param {etcdserverpb.ICompactionResponse=} [properties] Properties to set
         */
        function CompactionResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * CompactionResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.CompactionResponse
         * @instance
         */
        CompactionResponse.prototype.header = null;

        /**
         * Creates a new CompactionResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.CompactionResponse
         * @static
         * @param {etcdserverpb.ICompactionResponse=} [properties] Properties to set
         * @returns {etcdserverpb.CompactionResponse} CompactionResponse instance
         */
        CompactionResponse.create = function create(properties) {
            return new CompactionResponse(properties);
        };

        /**
         * Encodes the specified CompactionResponse message. Does not implicitly {@link etcdserverpb.CompactionResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.CompactionResponse
         * @static
         * @param {etcdserverpb.ICompactionResponse} message CompactionResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CompactionResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a CompactionResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.CompactionResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.CompactionResponse} CompactionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CompactionResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.CompactionResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for CompactionResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.CompactionResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        CompactionResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.CompactionResponse";
        };

        return CompactionResponse;
    })();

    etcdserverpb.HashRequest = (function() {

        /**
         * Properties of a HashRequest.
         * @memberof etcdserverpb
         * @interface IHashRequest
         */

        /**
         * Constructs a new HashRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a HashRequest.
         * @implements IHashRequest
         * @constructor
         * @param {etcdserverpb.IHashRequest=} [properties] Properties to set
         */
        function HashRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new HashRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.HashRequest
         * @static
         * @param {etcdserverpb.IHashRequest=} [properties] Properties to set
         * @returns {etcdserverpb.HashRequest} HashRequest instance
         */
        HashRequest.create = function create(properties) {
            return new HashRequest(properties);
        };

        /**
         * Encodes the specified HashRequest message. Does not implicitly {@link etcdserverpb.HashRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.HashRequest
         * @static
         * @param {etcdserverpb.IHashRequest} message HashRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HashRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a HashRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.HashRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.HashRequest} HashRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HashRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.HashRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for HashRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.HashRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        HashRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.HashRequest";
        };

        return HashRequest;
    })();

    etcdserverpb.HashKVRequest = (function() {

        /**
         * Properties of a HashKVRequest.
         * @memberof etcdserverpb
         * @interface IHashKVRequest
         * @property {number|Long|null} [revision] HashKVRequest revision
         */

        /**
         * Constructs a new HashKVRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a HashKVRequest.
         * @implements IHashKVRequest
         * @constructor
         * @param {etcdserverpb.IHashKVRequest=} [properties] Properties to set
         */
        function HashKVRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * HashKVRequest revision.
         * @member {number|Long} revision
         * @memberof etcdserverpb.HashKVRequest
         * @instance
         */
        HashKVRequest.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new HashKVRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.HashKVRequest
         * @static
         * @param {etcdserverpb.IHashKVRequest=} [properties] Properties to set
         * @returns {etcdserverpb.HashKVRequest} HashKVRequest instance
         */
        HashKVRequest.create = function create(properties) {
            return new HashKVRequest(properties);
        };

        /**
         * Encodes the specified HashKVRequest message. Does not implicitly {@link etcdserverpb.HashKVRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.HashKVRequest
         * @static
         * @param {etcdserverpb.IHashKVRequest} message HashKVRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HashKVRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.revision != null && Object.hasOwnProperty.call(message, "revision"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.revision);
            return writer;
        };

        /**
         * Decodes a HashKVRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.HashKVRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.HashKVRequest} HashKVRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HashKVRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.HashKVRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.revision = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for HashKVRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.HashKVRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        HashKVRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.HashKVRequest";
        };

        return HashKVRequest;
    })();

    etcdserverpb.HashKVResponse = (function() {

        /**
         * Properties of a HashKVResponse.
         * @memberof etcdserverpb
         * @interface IHashKVResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] HashKVResponse header
         * @property {number|null} [hash] HashKVResponse hash
         * @property {number|Long|null} [compactRevision] HashKVResponse compactRevision
         */

        /**
         * Constructs a new HashKVResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a HashKVResponse.
         * @implements IHashKVResponse
         * @constructor
         * @param {etcdserverpb.IHashKVResponse=} [properties] Properties to set
         */
        function HashKVResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * HashKVResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.HashKVResponse
         * @instance
         */
        HashKVResponse.prototype.header = null;

        /**
         * HashKVResponse hash.
         * @member {number} hash
         * @memberof etcdserverpb.HashKVResponse
         * @instance
         */
        HashKVResponse.prototype.hash = 0;

        /**
         * HashKVResponse compactRevision.
         * @member {number|Long} compactRevision
         * @memberof etcdserverpb.HashKVResponse
         * @instance
         */
        HashKVResponse.prototype.compactRevision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new HashKVResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.HashKVResponse
         * @static
         * @param {etcdserverpb.IHashKVResponse=} [properties] Properties to set
         * @returns {etcdserverpb.HashKVResponse} HashKVResponse instance
         */
        HashKVResponse.create = function create(properties) {
            return new HashKVResponse(properties);
        };

        /**
         * Encodes the specified HashKVResponse message. Does not implicitly {@link etcdserverpb.HashKVResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.HashKVResponse
         * @static
         * @param {etcdserverpb.IHashKVResponse} message HashKVResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HashKVResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.hash != null && Object.hasOwnProperty.call(message, "hash"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.hash);
            if (message.compactRevision != null && Object.hasOwnProperty.call(message, "compactRevision"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.compactRevision);
            return writer;
        };

        /**
         * Decodes a HashKVResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.HashKVResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.HashKVResponse} HashKVResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HashKVResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.HashKVResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.hash = reader.uint32();
                        break;
                    }
                case 3: {
                        message.compactRevision = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for HashKVResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.HashKVResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        HashKVResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.HashKVResponse";
        };

        return HashKVResponse;
    })();

    etcdserverpb.HashResponse = (function() {

        /**
         * Properties of a HashResponse.
         * @memberof etcdserverpb
         * @interface IHashResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] HashResponse header
         * @property {number|null} [hash] HashResponse hash
         */

        /**
         * Constructs a new HashResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a HashResponse.
         * @implements IHashResponse
         * @constructor
         * @param {etcdserverpb.IHashResponse=} [properties] Properties to set
         */
        function HashResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * HashResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.HashResponse
         * @instance
         */
        HashResponse.prototype.header = null;

        /**
         * HashResponse hash.
         * @member {number} hash
         * @memberof etcdserverpb.HashResponse
         * @instance
         */
        HashResponse.prototype.hash = 0;

        /**
         * Creates a new HashResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.HashResponse
         * @static
         * @param {etcdserverpb.IHashResponse=} [properties] Properties to set
         * @returns {etcdserverpb.HashResponse} HashResponse instance
         */
        HashResponse.create = function create(properties) {
            return new HashResponse(properties);
        };

        /**
         * Encodes the specified HashResponse message. Does not implicitly {@link etcdserverpb.HashResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.HashResponse
         * @static
         * @param {etcdserverpb.IHashResponse} message HashResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HashResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.hash != null && Object.hasOwnProperty.call(message, "hash"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.hash);
            return writer;
        };

        /**
         * Decodes a HashResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.HashResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.HashResponse} HashResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HashResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.HashResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.hash = reader.uint32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for HashResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.HashResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        HashResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.HashResponse";
        };

        return HashResponse;
    })();

    etcdserverpb.SnapshotRequest = (function() {

        /**
         * Properties of a SnapshotRequest.
         * @memberof etcdserverpb
         * @interface ISnapshotRequest
         */

        /**
         * Constructs a new SnapshotRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a SnapshotRequest.
         * @implements ISnapshotRequest
         * @constructor
         * @param {etcdserverpb.ISnapshotRequest=} [properties] Properties to set
         */
        function SnapshotRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new SnapshotRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.SnapshotRequest
         * @static
         * @param {etcdserverpb.ISnapshotRequest=} [properties] Properties to set
         * @returns {etcdserverpb.SnapshotRequest} SnapshotRequest instance
         */
        SnapshotRequest.create = function create(properties) {
            return new SnapshotRequest(properties);
        };

        /**
         * Encodes the specified SnapshotRequest message. Does not implicitly {@link etcdserverpb.SnapshotRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.SnapshotRequest
         * @static
         * @param {etcdserverpb.ISnapshotRequest} message SnapshotRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a SnapshotRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.SnapshotRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.SnapshotRequest} SnapshotRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.SnapshotRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for SnapshotRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.SnapshotRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SnapshotRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.SnapshotRequest";
        };

        return SnapshotRequest;
    })();

    etcdserverpb.SnapshotResponse = (function() {

        /**
         * Properties of a SnapshotResponse.
         * @memberof etcdserverpb
         * @interface ISnapshotResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] SnapshotResponse header
         * @property {number|Long|null} [remainingBytes] SnapshotResponse remainingBytes
         * @property {Uint8Array|null} [blob] SnapshotResponse blob
         */

        /**
         * Constructs a new SnapshotResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a SnapshotResponse.
         * @implements ISnapshotResponse
         * @constructor
         * @param {etcdserverpb.ISnapshotResponse=} [properties] Properties to set
         */
        function SnapshotResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SnapshotResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.SnapshotResponse
         * @instance
         */
        SnapshotResponse.prototype.header = null;

        /**
         * SnapshotResponse remainingBytes.
         * @member {number|Long} remainingBytes
         * @memberof etcdserverpb.SnapshotResponse
         * @instance
         */
        SnapshotResponse.prototype.remainingBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotResponse blob.
         * @member {Uint8Array} blob
         * @memberof etcdserverpb.SnapshotResponse
         * @instance
         */
        SnapshotResponse.prototype.blob = $util.newBuffer([]);

        /**
         * Creates a new SnapshotResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.SnapshotResponse
         * @static
         * @param {etcdserverpb.ISnapshotResponse=} [properties] Properties to set
         * @returns {etcdserverpb.SnapshotResponse} SnapshotResponse instance
         */
        SnapshotResponse.create = function create(properties) {
            return new SnapshotResponse(properties);
        };

        /**
         * Encodes the specified SnapshotResponse message. Does not implicitly {@link etcdserverpb.SnapshotResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.SnapshotResponse
         * @static
         * @param {etcdserverpb.ISnapshotResponse} message SnapshotResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.remainingBytes != null && Object.hasOwnProperty.call(message, "remainingBytes"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.remainingBytes);
            if (message.blob != null && Object.hasOwnProperty.call(message, "blob"))
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.blob);
            return writer;
        };

        /**
         * Decodes a SnapshotResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.SnapshotResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.SnapshotResponse} SnapshotResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.SnapshotResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.remainingBytes = reader.uint64();
                        break;
                    }
                case 3: {
                        message.blob = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for SnapshotResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.SnapshotResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SnapshotResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.SnapshotResponse";
        };

        return SnapshotResponse;
    })();

    etcdserverpb.WatchRequest = (function() {

        /**
         * Properties of a WatchRequest.
         * @memberof etcdserverpb
         * @interface IWatchRequest
         * @property {etcdserverpb.IWatchCreateRequest|null} [createRequest] WatchRequest createRequest
         * @property {etcdserverpb.IWatchCancelRequest|null} [cancelRequest] WatchRequest cancelRequest
         * @property {etcdserverpb.IWatchProgressRequest|null} [progressRequest] WatchRequest progressRequest
         */

        /**
         * Constructs a new WatchRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a WatchRequest.
         * @implements IWatchRequest
         * @constructor
         * @param {etcdserverpb.IWatchRequest=} [properties] Properties to set
         */
        function WatchRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * WatchRequest createRequest.
         * @member {etcdserverpb.IWatchCreateRequest|null|undefined} createRequest
         * @memberof etcdserverpb.WatchRequest
         * @instance
         */
        WatchRequest.prototype.createRequest = null;

        /**
         * WatchRequest cancelRequest.
         * @member {etcdserverpb.IWatchCancelRequest|null|undefined} cancelRequest
         * @memberof etcdserverpb.WatchRequest
         * @instance
         */
        WatchRequest.prototype.cancelRequest = null;

        /**
         * WatchRequest progressRequest.
         * @member {etcdserverpb.IWatchProgressRequest|null|undefined} progressRequest
         * @memberof etcdserverpb.WatchRequest
         * @instance
         */
        WatchRequest.prototype.progressRequest = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * WatchRequest requestUnion.
         * @member {"createRequest"|"cancelRequest"|"progressRequest"|undefined} requestUnion
         * @memberof etcdserverpb.WatchRequest
         * @instance
         */
        Object.defineProperty(WatchRequest.prototype, "requestUnion", {
            get: $util.oneOfGetter($oneOfFields = ["createRequest", "cancelRequest", "progressRequest"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new WatchRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.WatchRequest
         * @static
         * @param {etcdserverpb.IWatchRequest=} [properties] Properties to set
         * @returns {etcdserverpb.WatchRequest} WatchRequest instance
         */
        WatchRequest.create = function create(properties) {
            return new WatchRequest(properties);
        };

        /**
         * Encodes the specified WatchRequest message. Does not implicitly {@link etcdserverpb.WatchRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.WatchRequest
         * @static
         * @param {etcdserverpb.IWatchRequest} message WatchRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WatchRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.createRequest != null && Object.hasOwnProperty.call(message, "createRequest"))
                $root.etcdserverpb.WatchCreateRequest.encode(message.createRequest, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.cancelRequest != null && Object.hasOwnProperty.call(message, "cancelRequest"))
                $root.etcdserverpb.WatchCancelRequest.encode(message.cancelRequest, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.progressRequest != null && Object.hasOwnProperty.call(message, "progressRequest"))
                $root.etcdserverpb.WatchProgressRequest.encode(message.progressRequest, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a WatchRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.WatchRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.WatchRequest} WatchRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WatchRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.WatchRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.createRequest = $root.etcdserverpb.WatchCreateRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.cancelRequest = $root.etcdserverpb.WatchCancelRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message.progressRequest = $root.etcdserverpb.WatchProgressRequest.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for WatchRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.WatchRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        WatchRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.WatchRequest";
        };

        return WatchRequest;
    })();

    etcdserverpb.WatchCreateRequest = (function() {

        /**
         * Properties of a WatchCreateRequest.
         * @memberof etcdserverpb
         * @interface IWatchCreateRequest
         * @property {Uint8Array|null} [key] WatchCreateRequest key
         * @property {Uint8Array|null} [rangeEnd] WatchCreateRequest rangeEnd
         * @property {number|Long|null} [startRevision] WatchCreateRequest startRevision
         * @property {boolean|null} [progressNotify] WatchCreateRequest progressNotify
         * @property {Array.<etcdserverpb.WatchCreateRequest.FilterType>|null} [filters] WatchCreateRequest filters
         * @property {boolean|null} [prevKv] WatchCreateRequest prevKv
         * @property {number|Long|null} [watchId] WatchCreateRequest watchId
         * @property {boolean|null} [fragment] WatchCreateRequest fragment
         */

        /**
         * Constructs a new WatchCreateRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a WatchCreateRequest.
         * @implements IWatchCreateRequest
         * @constructor
         * @param {etcdserverpb.IWatchCreateRequest=} [properties] Properties to set
         */
        function WatchCreateRequest(properties) {
            this.filters = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * WatchCreateRequest key.
         * @member {Uint8Array} key
         * @memberof etcdserverpb.WatchCreateRequest
         * @instance
         */
        WatchCreateRequest.prototype.key = $util.newBuffer([]);

        /**
         * WatchCreateRequest rangeEnd.
         * @member {Uint8Array} rangeEnd
         * @memberof etcdserverpb.WatchCreateRequest
         * @instance
         */
        WatchCreateRequest.prototype.rangeEnd = $util.newBuffer([]);

        /**
         * WatchCreateRequest startRevision.
         * @member {number|Long} startRevision
         * @memberof etcdserverpb.WatchCreateRequest
         * @instance
         */
        WatchCreateRequest.prototype.startRevision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WatchCreateRequest progressNotify.
         * @member {boolean} progressNotify
         * @memberof etcdserverpb.WatchCreateRequest
         * @instance
         */
        WatchCreateRequest.prototype.progressNotify = false;

        /**
         * WatchCreateRequest filters.
         * @member {Array.<etcdserverpb.WatchCreateRequest.FilterType>} filters
         * @memberof etcdserverpb.WatchCreateRequest
         * @instance
         */
        WatchCreateRequest.prototype.filters = $util.emptyArray;

        /**
         * WatchCreateRequest prevKv.
         * @member {boolean} prevKv
         * @memberof etcdserverpb.WatchCreateRequest
         * @instance
         */
        WatchCreateRequest.prototype.prevKv = false;

        /**
         * WatchCreateRequest watchId.
         * @member {number|Long} watchId
         * @memberof etcdserverpb.WatchCreateRequest
         * @instance
         */
        WatchCreateRequest.prototype.watchId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WatchCreateRequest fragment.
         * @member {boolean} fragment
         * @memberof etcdserverpb.WatchCreateRequest
         * @instance
         */
        WatchCreateRequest.prototype.fragment = false;

        /**
         * Creates a new WatchCreateRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.WatchCreateRequest
         * @static
         * @param {etcdserverpb.IWatchCreateRequest=} [properties] Properties to set
         * @returns {etcdserverpb.WatchCreateRequest} WatchCreateRequest instance
         */
        WatchCreateRequest.create = function create(properties) {
            return new WatchCreateRequest(properties);
        };

        /**
         * Encodes the specified WatchCreateRequest message. Does not implicitly {@link etcdserverpb.WatchCreateRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.WatchCreateRequest
         * @static
         * @param {etcdserverpb.IWatchCreateRequest} message WatchCreateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WatchCreateRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
            if (message.rangeEnd != null && Object.hasOwnProperty.call(message, "rangeEnd"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.rangeEnd);
            if (message.startRevision != null && Object.hasOwnProperty.call(message, "startRevision"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.startRevision);
            if (message.progressNotify != null && Object.hasOwnProperty.call(message, "progressNotify"))
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.progressNotify);
            if (message.filters != null && message.filters.length) {
                writer.uint32(/* id 5, wireType 2 =*/42).fork();
                for (let i = 0; i < message.filters.length; ++i)
                    writer.int32(message.filters[i]);
                writer.ldelim();
            }
            if (message.prevKv != null && Object.hasOwnProperty.call(message, "prevKv"))
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.prevKv);
            if (message.watchId != null && Object.hasOwnProperty.call(message, "watchId"))
                writer.uint32(/* id 7, wireType 0 =*/56).int64(message.watchId);
            if (message.fragment != null && Object.hasOwnProperty.call(message, "fragment"))
                writer.uint32(/* id 8, wireType 0 =*/64).bool(message.fragment);
            return writer;
        };

        /**
         * Decodes a WatchCreateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.WatchCreateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.WatchCreateRequest} WatchCreateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WatchCreateRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.WatchCreateRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.key = reader.bytes();
                        break;
                    }
                case 2: {
                        message.rangeEnd = reader.bytes();
                        break;
                    }
                case 3: {
                        message.startRevision = reader.int64();
                        break;
                    }
                case 4: {
                        message.progressNotify = reader.bool();
                        break;
                    }
                case 5: {
                        if (!(message.filters && message.filters.length))
                            message.filters = [];
                        if ((tag & 7) === 2) {
                            let end2 = reader.uint32() + reader.pos;
                            if (end2 > reader.len)
                                throw RangeError("index out of range");
                            reader.len = end2;
                            while (reader.pos < end2)
                                message.filters.push(reader.int32());
                            if (reader.pos !== end2)
                                throw RangeError("index out of range");
                            reader.len = end;
                        } else
                            message.filters.push(reader.int32());
                        break;
                    }
                case 6: {
                        message.prevKv = reader.bool();
                        break;
                    }
                case 7: {
                        message.watchId = reader.int64();
                        break;
                    }
                case 8: {
                        message.fragment = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for WatchCreateRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.WatchCreateRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        WatchCreateRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.WatchCreateRequest";
        };

        /**
         * FilterType enum.
         * @name etcdserverpb.WatchCreateRequest.FilterType
         * @enum {number}
         * @property {number} NOPUT=0 NOPUT value
         * @property {number} NODELETE=1 NODELETE value
         */
        WatchCreateRequest.FilterType = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "NOPUT"] = 0;
            values[valuesById[1] = "NODELETE"] = 1;
            return values;
        })();

        return WatchCreateRequest;
    })();

    etcdserverpb.WatchCancelRequest = (function() {

        /**
         * Properties of a WatchCancelRequest.
         * @memberof etcdserverpb
         * @interface IWatchCancelRequest
         * @property {number|Long|null} [watchId] WatchCancelRequest watchId
         */

        /**
         * Constructs a new WatchCancelRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a WatchCancelRequest.
         * @implements IWatchCancelRequest
         * @constructor
         * @param {etcdserverpb.IWatchCancelRequest=} [properties] Properties to set
         */
        function WatchCancelRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * WatchCancelRequest watchId.
         * @member {number|Long} watchId
         * @memberof etcdserverpb.WatchCancelRequest
         * @instance
         */
        WatchCancelRequest.prototype.watchId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new WatchCancelRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.WatchCancelRequest
         * @static
         * @param {etcdserverpb.IWatchCancelRequest=} [properties] Properties to set
         * @returns {etcdserverpb.WatchCancelRequest} WatchCancelRequest instance
         */
        WatchCancelRequest.create = function create(properties) {
            return new WatchCancelRequest(properties);
        };

        /**
         * Encodes the specified WatchCancelRequest message. Does not implicitly {@link etcdserverpb.WatchCancelRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.WatchCancelRequest
         * @static
         * @param {etcdserverpb.IWatchCancelRequest} message WatchCancelRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WatchCancelRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.watchId != null && Object.hasOwnProperty.call(message, "watchId"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.watchId);
            return writer;
        };

        /**
         * Decodes a WatchCancelRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.WatchCancelRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.WatchCancelRequest} WatchCancelRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WatchCancelRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.WatchCancelRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.watchId = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for WatchCancelRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.WatchCancelRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        WatchCancelRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.WatchCancelRequest";
        };

        return WatchCancelRequest;
    })();

    etcdserverpb.WatchProgressRequest = (function() {

        /**
         * Properties of a WatchProgressRequest.
         * @memberof etcdserverpb
         * @interface IWatchProgressRequest
         */

        /**
         * Constructs a new WatchProgressRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a WatchProgressRequest.
         * @implements IWatchProgressRequest
         * @constructor
         * @param {etcdserverpb.IWatchProgressRequest=} [properties] Properties to set
         */
        function WatchProgressRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new WatchProgressRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.WatchProgressRequest
         * @static
         * @param {etcdserverpb.IWatchProgressRequest=} [properties] Properties to set
         * @returns {etcdserverpb.WatchProgressRequest} WatchProgressRequest instance
         */
        WatchProgressRequest.create = function create(properties) {
            return new WatchProgressRequest(properties);
        };

        /**
         * Encodes the specified WatchProgressRequest message. Does not implicitly {@link etcdserverpb.WatchProgressRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.WatchProgressRequest
         * @static
         * @param {etcdserverpb.IWatchProgressRequest} message WatchProgressRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WatchProgressRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a WatchProgressRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.WatchProgressRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.WatchProgressRequest} WatchProgressRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WatchProgressRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.WatchProgressRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for WatchProgressRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.WatchProgressRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        WatchProgressRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.WatchProgressRequest";
        };

        return WatchProgressRequest;
    })();

    etcdserverpb.WatchResponse = (function() {

        /**
         * Properties of a WatchResponse.
         * @memberof etcdserverpb
         * @interface IWatchResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] WatchResponse header
         * @property {number|Long|null} [watchId] WatchResponse watchId
         * @property {boolean|null} [created] WatchResponse created
         * @property {boolean|null} [canceled] WatchResponse canceled
         * @property {number|Long|null} [compactRevision] WatchResponse compactRevision
         * @property {string|null} [cancelReason] WatchResponse cancelReason
         * @property {boolean|null} [fragment] WatchResponse fragment
         * @property {Array.<mvccpb.IEvent>|null} [events] WatchResponse events
         */

        /**
         * Constructs a new WatchResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a WatchResponse.
         * @implements IWatchResponse
         * @constructor
         * @param {etcdserverpb.IWatchResponse=} [properties] Properties to set
         */
        function WatchResponse(properties) {
            this.events = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * WatchResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.WatchResponse
         * @instance
         */
        WatchResponse.prototype.header = null;

        /**
         * WatchResponse watchId.
         * @member {number|Long} watchId
         * @memberof etcdserverpb.WatchResponse
         * @instance
         */
        WatchResponse.prototype.watchId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WatchResponse created.
         * @member {boolean} created
         * @memberof etcdserverpb.WatchResponse
         * @instance
         */
        WatchResponse.prototype.created = false;

        /**
         * WatchResponse canceled.
         * @member {boolean} canceled
         * @memberof etcdserverpb.WatchResponse
         * @instance
         */
        WatchResponse.prototype.canceled = false;

        /**
         * WatchResponse compactRevision.
         * @member {number|Long} compactRevision
         * @memberof etcdserverpb.WatchResponse
         * @instance
         */
        WatchResponse.prototype.compactRevision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * WatchResponse cancelReason.
         * @member {string} cancelReason
         * @memberof etcdserverpb.WatchResponse
         * @instance
         */
        WatchResponse.prototype.cancelReason = "";

        /**
         * WatchResponse fragment.
         * @member {boolean} fragment
         * @memberof etcdserverpb.WatchResponse
         * @instance
         */
        WatchResponse.prototype.fragment = false;

        /**
         * WatchResponse events.
         * @member {Array.<mvccpb.IEvent>} events
         * @memberof etcdserverpb.WatchResponse
         * @instance
         */
        WatchResponse.prototype.events = $util.emptyArray;

        /**
         * Creates a new WatchResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.WatchResponse
         * @static
         * @param {etcdserverpb.IWatchResponse=} [properties] Properties to set
         * @returns {etcdserverpb.WatchResponse} WatchResponse instance
         */
        WatchResponse.create = function create(properties) {
            return new WatchResponse(properties);
        };

        /**
         * Encodes the specified WatchResponse message. Does not implicitly {@link etcdserverpb.WatchResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.WatchResponse
         * @static
         * @param {etcdserverpb.IWatchResponse} message WatchResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WatchResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.watchId != null && Object.hasOwnProperty.call(message, "watchId"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.watchId);
            if (message.created != null && Object.hasOwnProperty.call(message, "created"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.created);
            if (message.canceled != null && Object.hasOwnProperty.call(message, "canceled"))
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.canceled);
            if (message.compactRevision != null && Object.hasOwnProperty.call(message, "compactRevision"))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.compactRevision);
            if (message.cancelReason != null && Object.hasOwnProperty.call(message, "cancelReason"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.cancelReason);
            if (message.fragment != null && Object.hasOwnProperty.call(message, "fragment"))
                writer.uint32(/* id 7, wireType 0 =*/56).bool(message.fragment);
            if (message.events != null && message.events.length)
                for (let i = 0; i < message.events.length; ++i)
                    $root.mvccpb.Event.encode(message.events[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a WatchResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.WatchResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.WatchResponse} WatchResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WatchResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.WatchResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.watchId = reader.int64();
                        break;
                    }
                case 3: {
                        message.created = reader.bool();
                        break;
                    }
                case 4: {
                        message.canceled = reader.bool();
                        break;
                    }
                case 5: {
                        message.compactRevision = reader.int64();
                        break;
                    }
                case 6: {
                        message.cancelReason = reader.string();
                        break;
                    }
                case 7: {
                        message.fragment = reader.bool();
                        break;
                    }
                case 11: {
                        if (!(message.events && message.events.length))
                            message.events = [];
                        message.events.push($root.mvccpb.Event.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for WatchResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.WatchResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        WatchResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.WatchResponse";
        };

        return WatchResponse;
    })();

    etcdserverpb.LeaseGrantRequest = (function() {

        /**
         * Properties of a LeaseGrantRequest.
         * @memberof etcdserverpb
         * @interface ILeaseGrantRequest
         * @property {number|Long|null} [TTL] LeaseGrantRequest TTL
         * @property {number|Long|null} [ID] LeaseGrantRequest ID
         */

        /**
         * Constructs a new LeaseGrantRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseGrantRequest.
         * @implements ILeaseGrantRequest
         * @constructor
         * @param {etcdserverpb.ILeaseGrantRequest=} [properties] Properties to set
         */
        function LeaseGrantRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseGrantRequest TTL.
         * @member {number|Long} TTL
         * @memberof etcdserverpb.LeaseGrantRequest
         * @instance
         */
        LeaseGrantRequest.prototype.TTL = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LeaseGrantRequest ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.LeaseGrantRequest
         * @instance
         */
        LeaseGrantRequest.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new LeaseGrantRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseGrantRequest
         * @static
         * @param {etcdserverpb.ILeaseGrantRequest=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseGrantRequest} LeaseGrantRequest instance
         */
        LeaseGrantRequest.create = function create(properties) {
            return new LeaseGrantRequest(properties);
        };

        /**
         * Encodes the specified LeaseGrantRequest message. Does not implicitly {@link etcdserverpb.LeaseGrantRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseGrantRequest
         * @static
         * @param {etcdserverpb.ILeaseGrantRequest} message LeaseGrantRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseGrantRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.TTL != null && Object.hasOwnProperty.call(message, "TTL"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.TTL);
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.ID);
            return writer;
        };

        /**
         * Decodes a LeaseGrantRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseGrantRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseGrantRequest} LeaseGrantRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseGrantRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseGrantRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.TTL = reader.int64();
                        break;
                    }
                case 2: {
                        message.ID = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseGrantRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseGrantRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseGrantRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseGrantRequest";
        };

        return LeaseGrantRequest;
    })();

    etcdserverpb.LeaseGrantResponse = (function() {

        /**
         * Properties of a LeaseGrantResponse.
         * @memberof etcdserverpb
         * @interface ILeaseGrantResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] LeaseGrantResponse header
         * @property {number|Long|null} [ID] LeaseGrantResponse ID
         * @property {number|Long|null} [TTL] LeaseGrantResponse TTL
         * @property {string|null} [error] LeaseGrantResponse error
         */

        /**
         * Constructs a new LeaseGrantResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseGrantResponse.
         * @implements ILeaseGrantResponse
         * @constructor
         * @param {etcdserverpb.ILeaseGrantResponse=} [properties] Properties to set
         */
        function LeaseGrantResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseGrantResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.LeaseGrantResponse
         * @instance
         */
        LeaseGrantResponse.prototype.header = null;

        /**
         * LeaseGrantResponse ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.LeaseGrantResponse
         * @instance
         */
        LeaseGrantResponse.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LeaseGrantResponse TTL.
         * @member {number|Long} TTL
         * @memberof etcdserverpb.LeaseGrantResponse
         * @instance
         */
        LeaseGrantResponse.prototype.TTL = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LeaseGrantResponse error.
         * @member {string} error
         * @memberof etcdserverpb.LeaseGrantResponse
         * @instance
         */
        LeaseGrantResponse.prototype.error = "";

        /**
         * Creates a new LeaseGrantResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseGrantResponse
         * @static
         * @param {etcdserverpb.ILeaseGrantResponse=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseGrantResponse} LeaseGrantResponse instance
         */
        LeaseGrantResponse.create = function create(properties) {
            return new LeaseGrantResponse(properties);
        };

        /**
         * Encodes the specified LeaseGrantResponse message. Does not implicitly {@link etcdserverpb.LeaseGrantResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseGrantResponse
         * @static
         * @param {etcdserverpb.ILeaseGrantResponse} message LeaseGrantResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseGrantResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.ID);
            if (message.TTL != null && Object.hasOwnProperty.call(message, "TTL"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.TTL);
            if (message.error != null && Object.hasOwnProperty.call(message, "error"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.error);
            return writer;
        };

        /**
         * Decodes a LeaseGrantResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseGrantResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseGrantResponse} LeaseGrantResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseGrantResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseGrantResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.ID = reader.int64();
                        break;
                    }
                case 3: {
                        message.TTL = reader.int64();
                        break;
                    }
                case 4: {
                        message.error = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseGrantResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseGrantResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseGrantResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseGrantResponse";
        };

        return LeaseGrantResponse;
    })();

    etcdserverpb.LeaseRevokeRequest = (function() {

        /**
         * Properties of a LeaseRevokeRequest.
         * @memberof etcdserverpb
         * @interface ILeaseRevokeRequest
         * @property {number|Long|null} [ID] LeaseRevokeRequest ID
         */

        /**
         * Constructs a new LeaseRevokeRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseRevokeRequest.
         * @implements ILeaseRevokeRequest
         * @constructor
         * @param {etcdserverpb.ILeaseRevokeRequest=} [properties] Properties to set
         */
        function LeaseRevokeRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseRevokeRequest ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.LeaseRevokeRequest
         * @instance
         */
        LeaseRevokeRequest.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new LeaseRevokeRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseRevokeRequest
         * @static
         * @param {etcdserverpb.ILeaseRevokeRequest=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseRevokeRequest} LeaseRevokeRequest instance
         */
        LeaseRevokeRequest.create = function create(properties) {
            return new LeaseRevokeRequest(properties);
        };

        /**
         * Encodes the specified LeaseRevokeRequest message. Does not implicitly {@link etcdserverpb.LeaseRevokeRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseRevokeRequest
         * @static
         * @param {etcdserverpb.ILeaseRevokeRequest} message LeaseRevokeRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseRevokeRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.ID);
            return writer;
        };

        /**
         * Decodes a LeaseRevokeRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseRevokeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseRevokeRequest} LeaseRevokeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseRevokeRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseRevokeRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.ID = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseRevokeRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseRevokeRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseRevokeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseRevokeRequest";
        };

        return LeaseRevokeRequest;
    })();

    etcdserverpb.LeaseRevokeResponse = (function() {

        /**
         * Properties of a LeaseRevokeResponse.
         * @memberof etcdserverpb
         * @interface ILeaseRevokeResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] LeaseRevokeResponse header
         */

        /**
         * Constructs a new LeaseRevokeResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseRevokeResponse.
         * @implements ILeaseRevokeResponse
         * @constructor
         * @param {etcdserverpb.ILeaseRevokeResponse=} [properties] Properties to set
         */
        function LeaseRevokeResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseRevokeResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.LeaseRevokeResponse
         * @instance
         */
        LeaseRevokeResponse.prototype.header = null;

        /**
         * Creates a new LeaseRevokeResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseRevokeResponse
         * @static
         * @param {etcdserverpb.ILeaseRevokeResponse=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseRevokeResponse} LeaseRevokeResponse instance
         */
        LeaseRevokeResponse.create = function create(properties) {
            return new LeaseRevokeResponse(properties);
        };

        /**
         * Encodes the specified LeaseRevokeResponse message. Does not implicitly {@link etcdserverpb.LeaseRevokeResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseRevokeResponse
         * @static
         * @param {etcdserverpb.ILeaseRevokeResponse} message LeaseRevokeResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseRevokeResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a LeaseRevokeResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseRevokeResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseRevokeResponse} LeaseRevokeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseRevokeResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseRevokeResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseRevokeResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseRevokeResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseRevokeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseRevokeResponse";
        };

        return LeaseRevokeResponse;
    })();

    etcdserverpb.LeaseCheckpoint = (function() {

        /**
         * Properties of a LeaseCheckpoint.
         * @memberof etcdserverpb
         * @interface ILeaseCheckpoint
         * @property {number|Long|null} [ID] LeaseCheckpoint ID
         * @property {number|Long|null} [remaining_TTL] LeaseCheckpoint remaining_TTL
         */

        /**
         * Constructs a new LeaseCheckpoint.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseCheckpoint.
         * @implements ILeaseCheckpoint
         * @constructor
         * @param {etcdserverpb.ILeaseCheckpoint=} [properties] Properties to set
         */
        function LeaseCheckpoint(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseCheckpoint ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.LeaseCheckpoint
         * @instance
         */
        LeaseCheckpoint.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LeaseCheckpoint remaining_TTL.
         * @member {number|Long} remaining_TTL
         * @memberof etcdserverpb.LeaseCheckpoint
         * @instance
         */
        LeaseCheckpoint.prototype.remaining_TTL = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new LeaseCheckpoint instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseCheckpoint
         * @static
         * @param {etcdserverpb.ILeaseCheckpoint=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseCheckpoint} LeaseCheckpoint instance
         */
        LeaseCheckpoint.create = function create(properties) {
            return new LeaseCheckpoint(properties);
        };

        /**
         * Encodes the specified LeaseCheckpoint message. Does not implicitly {@link etcdserverpb.LeaseCheckpoint.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseCheckpoint
         * @static
         * @param {etcdserverpb.ILeaseCheckpoint} message LeaseCheckpoint message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseCheckpoint.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.ID);
            if (message.remaining_TTL != null && Object.hasOwnProperty.call(message, "remaining_TTL"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.remaining_TTL);
            return writer;
        };

        /**
         * Decodes a LeaseCheckpoint message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseCheckpoint
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseCheckpoint} LeaseCheckpoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseCheckpoint.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseCheckpoint();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.ID = reader.int64();
                        break;
                    }
                case 2: {
                        message.remaining_TTL = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseCheckpoint
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseCheckpoint
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseCheckpoint.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseCheckpoint";
        };

        return LeaseCheckpoint;
    })();

    etcdserverpb.LeaseCheckpointRequest = (function() {

        /**
         * Properties of a LeaseCheckpointRequest.
         * @memberof etcdserverpb
         * @interface ILeaseCheckpointRequest
         * @property {Array.<etcdserverpb.ILeaseCheckpoint>|null} [checkpoints] LeaseCheckpointRequest checkpoints
         */

        /**
         * Constructs a new LeaseCheckpointRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseCheckpointRequest.
         * @implements ILeaseCheckpointRequest
         * @constructor
         * @param {etcdserverpb.ILeaseCheckpointRequest=} [properties] Properties to set
         */
        function LeaseCheckpointRequest(properties) {
            this.checkpoints = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseCheckpointRequest checkpoints.
         * @member {Array.<etcdserverpb.ILeaseCheckpoint>} checkpoints
         * @memberof etcdserverpb.LeaseCheckpointRequest
         * @instance
         */
        LeaseCheckpointRequest.prototype.checkpoints = $util.emptyArray;

        /**
         * Creates a new LeaseCheckpointRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseCheckpointRequest
         * @static
         * @param {etcdserverpb.ILeaseCheckpointRequest=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseCheckpointRequest} LeaseCheckpointRequest instance
         */
        LeaseCheckpointRequest.create = function create(properties) {
            return new LeaseCheckpointRequest(properties);
        };

        /**
         * Encodes the specified LeaseCheckpointRequest message. Does not implicitly {@link etcdserverpb.LeaseCheckpointRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseCheckpointRequest
         * @static
         * @param {etcdserverpb.ILeaseCheckpointRequest} message LeaseCheckpointRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseCheckpointRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.checkpoints != null && message.checkpoints.length)
                for (let i = 0; i < message.checkpoints.length; ++i)
                    $root.etcdserverpb.LeaseCheckpoint.encode(message.checkpoints[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a LeaseCheckpointRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseCheckpointRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseCheckpointRequest} LeaseCheckpointRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseCheckpointRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseCheckpointRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.checkpoints && message.checkpoints.length))
                            message.checkpoints = [];
                        message.checkpoints.push($root.etcdserverpb.LeaseCheckpoint.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseCheckpointRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseCheckpointRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseCheckpointRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseCheckpointRequest";
        };

        return LeaseCheckpointRequest;
    })();

    etcdserverpb.LeaseCheckpointResponse = (function() {

        /**
         * Properties of a LeaseCheckpointResponse.
         * @memberof etcdserverpb
         * @interface ILeaseCheckpointResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] LeaseCheckpointResponse header
         */

        /**
         * Constructs a new LeaseCheckpointResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseCheckpointResponse.
         * @implements ILeaseCheckpointResponse
         * @constructor
         * @param {etcdserverpb.ILeaseCheckpointResponse=} [properties] Properties to set
         */
        function LeaseCheckpointResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseCheckpointResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.LeaseCheckpointResponse
         * @instance
         */
        LeaseCheckpointResponse.prototype.header = null;

        /**
         * Creates a new LeaseCheckpointResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseCheckpointResponse
         * @static
         * @param {etcdserverpb.ILeaseCheckpointResponse=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseCheckpointResponse} LeaseCheckpointResponse instance
         */
        LeaseCheckpointResponse.create = function create(properties) {
            return new LeaseCheckpointResponse(properties);
        };

        /**
         * Encodes the specified LeaseCheckpointResponse message. Does not implicitly {@link etcdserverpb.LeaseCheckpointResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseCheckpointResponse
         * @static
         * @param {etcdserverpb.ILeaseCheckpointResponse} message LeaseCheckpointResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseCheckpointResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a LeaseCheckpointResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseCheckpointResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseCheckpointResponse} LeaseCheckpointResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseCheckpointResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseCheckpointResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseCheckpointResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseCheckpointResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseCheckpointResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseCheckpointResponse";
        };

        return LeaseCheckpointResponse;
    })();

    etcdserverpb.LeaseKeepAliveRequest = (function() {

        /**
         * Properties of a LeaseKeepAliveRequest.
         * @memberof etcdserverpb
         * @interface ILeaseKeepAliveRequest
         * @property {number|Long|null} [ID] LeaseKeepAliveRequest ID
         */

        /**
         * Constructs a new LeaseKeepAliveRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseKeepAliveRequest.
         * @implements ILeaseKeepAliveRequest
         * @constructor
         * @param {etcdserverpb.ILeaseKeepAliveRequest=} [properties] Properties to set
         */
        function LeaseKeepAliveRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseKeepAliveRequest ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.LeaseKeepAliveRequest
         * @instance
         */
        LeaseKeepAliveRequest.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new LeaseKeepAliveRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseKeepAliveRequest
         * @static
         * @param {etcdserverpb.ILeaseKeepAliveRequest=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseKeepAliveRequest} LeaseKeepAliveRequest instance
         */
        LeaseKeepAliveRequest.create = function create(properties) {
            return new LeaseKeepAliveRequest(properties);
        };

        /**
         * Encodes the specified LeaseKeepAliveRequest message. Does not implicitly {@link etcdserverpb.LeaseKeepAliveRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseKeepAliveRequest
         * @static
         * @param {etcdserverpb.ILeaseKeepAliveRequest} message LeaseKeepAliveRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseKeepAliveRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.ID);
            return writer;
        };

        /**
         * Decodes a LeaseKeepAliveRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseKeepAliveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseKeepAliveRequest} LeaseKeepAliveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseKeepAliveRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseKeepAliveRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.ID = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseKeepAliveRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseKeepAliveRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseKeepAliveRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseKeepAliveRequest";
        };

        return LeaseKeepAliveRequest;
    })();

    etcdserverpb.LeaseKeepAliveResponse = (function() {

        /**
         * Properties of a LeaseKeepAliveResponse.
         * @memberof etcdserverpb
         * @interface ILeaseKeepAliveResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] LeaseKeepAliveResponse header
         * @property {number|Long|null} [ID] LeaseKeepAliveResponse ID
         * @property {number|Long|null} [TTL] LeaseKeepAliveResponse TTL
         */

        /**
         * Constructs a new LeaseKeepAliveResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseKeepAliveResponse.
         * @implements ILeaseKeepAliveResponse
         * @constructor
         * @param {etcdserverpb.ILeaseKeepAliveResponse=} [properties] Properties to set
         */
        function LeaseKeepAliveResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseKeepAliveResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.LeaseKeepAliveResponse
         * @instance
         */
        LeaseKeepAliveResponse.prototype.header = null;

        /**
         * LeaseKeepAliveResponse ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.LeaseKeepAliveResponse
         * @instance
         */
        LeaseKeepAliveResponse.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LeaseKeepAliveResponse TTL.
         * @member {number|Long} TTL
         * @memberof etcdserverpb.LeaseKeepAliveResponse
         * @instance
         */
        LeaseKeepAliveResponse.prototype.TTL = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new LeaseKeepAliveResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseKeepAliveResponse
         * @static
         * @param {etcdserverpb.ILeaseKeepAliveResponse=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseKeepAliveResponse} LeaseKeepAliveResponse instance
         */
        LeaseKeepAliveResponse.create = function create(properties) {
            return new LeaseKeepAliveResponse(properties);
        };

        /**
         * Encodes the specified LeaseKeepAliveResponse message. Does not implicitly {@link etcdserverpb.LeaseKeepAliveResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseKeepAliveResponse
         * @static
         * @param {etcdserverpb.ILeaseKeepAliveResponse} message LeaseKeepAliveResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseKeepAliveResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.ID);
            if (message.TTL != null && Object.hasOwnProperty.call(message, "TTL"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.TTL);
            return writer;
        };

        /**
         * Decodes a LeaseKeepAliveResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseKeepAliveResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseKeepAliveResponse} LeaseKeepAliveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseKeepAliveResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseKeepAliveResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.ID = reader.int64();
                        break;
                    }
                case 3: {
                        message.TTL = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseKeepAliveResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseKeepAliveResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseKeepAliveResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseKeepAliveResponse";
        };

        return LeaseKeepAliveResponse;
    })();

    etcdserverpb.LeaseTimeToLiveRequest = (function() {

        /**
         * Properties of a LeaseTimeToLiveRequest.
         * @memberof etcdserverpb
         * @interface ILeaseTimeToLiveRequest
         * @property {number|Long|null} [ID] LeaseTimeToLiveRequest ID
         * @property {boolean|null} [keys] LeaseTimeToLiveRequest keys
         */

        /**
         * Constructs a new LeaseTimeToLiveRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseTimeToLiveRequest.
         * @implements ILeaseTimeToLiveRequest
         * @constructor
         * @param {etcdserverpb.ILeaseTimeToLiveRequest=} [properties] Properties to set
         */
        function LeaseTimeToLiveRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseTimeToLiveRequest ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.LeaseTimeToLiveRequest
         * @instance
         */
        LeaseTimeToLiveRequest.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LeaseTimeToLiveRequest keys.
         * @member {boolean} keys
         * @memberof etcdserverpb.LeaseTimeToLiveRequest
         * @instance
         */
        LeaseTimeToLiveRequest.prototype.keys = false;

        /**
         * Creates a new LeaseTimeToLiveRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseTimeToLiveRequest
         * @static
         * @param {etcdserverpb.ILeaseTimeToLiveRequest=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseTimeToLiveRequest} LeaseTimeToLiveRequest instance
         */
        LeaseTimeToLiveRequest.create = function create(properties) {
            return new LeaseTimeToLiveRequest(properties);
        };

        /**
         * Encodes the specified LeaseTimeToLiveRequest message. Does not implicitly {@link etcdserverpb.LeaseTimeToLiveRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseTimeToLiveRequest
         * @static
         * @param {etcdserverpb.ILeaseTimeToLiveRequest} message LeaseTimeToLiveRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseTimeToLiveRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.ID);
            if (message.keys != null && Object.hasOwnProperty.call(message, "keys"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.keys);
            return writer;
        };

        /**
         * Decodes a LeaseTimeToLiveRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseTimeToLiveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseTimeToLiveRequest} LeaseTimeToLiveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseTimeToLiveRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseTimeToLiveRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.ID = reader.int64();
                        break;
                    }
                case 2: {
                        message.keys = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseTimeToLiveRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseTimeToLiveRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseTimeToLiveRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseTimeToLiveRequest";
        };

        return LeaseTimeToLiveRequest;
    })();

    etcdserverpb.LeaseTimeToLiveResponse = (function() {

        /**
         * Properties of a LeaseTimeToLiveResponse.
         * @memberof etcdserverpb
         * @interface ILeaseTimeToLiveResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] LeaseTimeToLiveResponse header
         * @property {number|Long|null} [ID] LeaseTimeToLiveResponse ID
         * @property {number|Long|null} [TTL] LeaseTimeToLiveResponse TTL
         * @property {number|Long|null} [grantedTTL] LeaseTimeToLiveResponse grantedTTL
         * @property {Array.<Uint8Array>|null} [keys] LeaseTimeToLiveResponse keys
         */

        /**
         * Constructs a new LeaseTimeToLiveResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseTimeToLiveResponse.
         * @implements ILeaseTimeToLiveResponse
         * @constructor
         * @param {etcdserverpb.ILeaseTimeToLiveResponse=} [properties] Properties to set
         */
        function LeaseTimeToLiveResponse(properties) {
            this.keys = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseTimeToLiveResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.LeaseTimeToLiveResponse
         * @instance
         */
        LeaseTimeToLiveResponse.prototype.header = null;

        /**
         * LeaseTimeToLiveResponse ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.LeaseTimeToLiveResponse
         * @instance
         */
        LeaseTimeToLiveResponse.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LeaseTimeToLiveResponse TTL.
         * @member {number|Long} TTL
         * @memberof etcdserverpb.LeaseTimeToLiveResponse
         * @instance
         */
        LeaseTimeToLiveResponse.prototype.TTL = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LeaseTimeToLiveResponse grantedTTL.
         * @member {number|Long} grantedTTL
         * @memberof etcdserverpb.LeaseTimeToLiveResponse
         * @instance
         */
        LeaseTimeToLiveResponse.prototype.grantedTTL = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LeaseTimeToLiveResponse keys.
         * @member {Array.<Uint8Array>} keys
         * @memberof etcdserverpb.LeaseTimeToLiveResponse
         * @instance
         */
        LeaseTimeToLiveResponse.prototype.keys = $util.emptyArray;

        /**
         * Creates a new LeaseTimeToLiveResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseTimeToLiveResponse
         * @static
         * @param {etcdserverpb.ILeaseTimeToLiveResponse=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseTimeToLiveResponse} LeaseTimeToLiveResponse instance
         */
        LeaseTimeToLiveResponse.create = function create(properties) {
            return new LeaseTimeToLiveResponse(properties);
        };

        /**
         * Encodes the specified LeaseTimeToLiveResponse message. Does not implicitly {@link etcdserverpb.LeaseTimeToLiveResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseTimeToLiveResponse
         * @static
         * @param {etcdserverpb.ILeaseTimeToLiveResponse} message LeaseTimeToLiveResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseTimeToLiveResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.ID);
            if (message.TTL != null && Object.hasOwnProperty.call(message, "TTL"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.TTL);
            if (message.grantedTTL != null && Object.hasOwnProperty.call(message, "grantedTTL"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.grantedTTL);
            if (message.keys != null && message.keys.length)
                for (let i = 0; i < message.keys.length; ++i)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.keys[i]);
            return writer;
        };

        /**
         * Decodes a LeaseTimeToLiveResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseTimeToLiveResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseTimeToLiveResponse} LeaseTimeToLiveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseTimeToLiveResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseTimeToLiveResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.ID = reader.int64();
                        break;
                    }
                case 3: {
                        message.TTL = reader.int64();
                        break;
                    }
                case 4: {
                        message.grantedTTL = reader.int64();
                        break;
                    }
                case 5: {
                        if (!(message.keys && message.keys.length))
                            message.keys = [];
                        message.keys.push(reader.bytes());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseTimeToLiveResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseTimeToLiveResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseTimeToLiveResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseTimeToLiveResponse";
        };

        return LeaseTimeToLiveResponse;
    })();

    etcdserverpb.LeaseLeasesRequest = (function() {

        /**
         * Properties of a LeaseLeasesRequest.
         * @memberof etcdserverpb
         * @interface ILeaseLeasesRequest
         */

        /**
         * Constructs a new LeaseLeasesRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseLeasesRequest.
         * @implements ILeaseLeasesRequest
         * @constructor
         * @param {etcdserverpb.ILeaseLeasesRequest=} [properties] Properties to set
         */
        function LeaseLeasesRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new LeaseLeasesRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseLeasesRequest
         * @static
         * @param {etcdserverpb.ILeaseLeasesRequest=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseLeasesRequest} LeaseLeasesRequest instance
         */
        LeaseLeasesRequest.create = function create(properties) {
            return new LeaseLeasesRequest(properties);
        };

        /**
         * Encodes the specified LeaseLeasesRequest message. Does not implicitly {@link etcdserverpb.LeaseLeasesRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseLeasesRequest
         * @static
         * @param {etcdserverpb.ILeaseLeasesRequest} message LeaseLeasesRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseLeasesRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a LeaseLeasesRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseLeasesRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseLeasesRequest} LeaseLeasesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseLeasesRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseLeasesRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseLeasesRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseLeasesRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseLeasesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseLeasesRequest";
        };

        return LeaseLeasesRequest;
    })();

    etcdserverpb.LeaseStatus = (function() {

        /**
         * Properties of a LeaseStatus.
         * @memberof etcdserverpb
         * @interface ILeaseStatus
         * @property {number|Long|null} [ID] LeaseStatus ID
         */

        /**
         * Constructs a new LeaseStatus.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseStatus.
         * @implements ILeaseStatus
         * @constructor
         * @param {etcdserverpb.ILeaseStatus=} [properties] Properties to set
         */
        function LeaseStatus(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseStatus ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.LeaseStatus
         * @instance
         */
        LeaseStatus.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new LeaseStatus instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseStatus
         * @static
         * @param {etcdserverpb.ILeaseStatus=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseStatus} LeaseStatus instance
         */
        LeaseStatus.create = function create(properties) {
            return new LeaseStatus(properties);
        };

        /**
         * Encodes the specified LeaseStatus message. Does not implicitly {@link etcdserverpb.LeaseStatus.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseStatus
         * @static
         * @param {etcdserverpb.ILeaseStatus} message LeaseStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseStatus.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.ID);
            return writer;
        };

        /**
         * Decodes a LeaseStatus message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseStatus} LeaseStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseStatus.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseStatus();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.ID = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseStatus
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseStatus
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseStatus.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseStatus";
        };

        return LeaseStatus;
    })();

    etcdserverpb.LeaseLeasesResponse = (function() {

        /**
         * Properties of a LeaseLeasesResponse.
         * @memberof etcdserverpb
         * @interface ILeaseLeasesResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] LeaseLeasesResponse header
         * @property {Array.<etcdserverpb.ILeaseStatus>|null} [leases] LeaseLeasesResponse leases
         */

        /**
         * Constructs a new LeaseLeasesResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a LeaseLeasesResponse.
         * @implements ILeaseLeasesResponse
         * @constructor
         * @param {etcdserverpb.ILeaseLeasesResponse=} [properties] Properties to set
         */
        function LeaseLeasesResponse(properties) {
            this.leases = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * LeaseLeasesResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.LeaseLeasesResponse
         * @instance
         */
        LeaseLeasesResponse.prototype.header = null;

        /**
         * LeaseLeasesResponse leases.
         * @member {Array.<etcdserverpb.ILeaseStatus>} leases
         * @memberof etcdserverpb.LeaseLeasesResponse
         * @instance
         */
        LeaseLeasesResponse.prototype.leases = $util.emptyArray;

        /**
         * Creates a new LeaseLeasesResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.LeaseLeasesResponse
         * @static
         * @param {etcdserverpb.ILeaseLeasesResponse=} [properties] Properties to set
         * @returns {etcdserverpb.LeaseLeasesResponse} LeaseLeasesResponse instance
         */
        LeaseLeasesResponse.create = function create(properties) {
            return new LeaseLeasesResponse(properties);
        };

        /**
         * Encodes the specified LeaseLeasesResponse message. Does not implicitly {@link etcdserverpb.LeaseLeasesResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.LeaseLeasesResponse
         * @static
         * @param {etcdserverpb.ILeaseLeasesResponse} message LeaseLeasesResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeaseLeasesResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.leases != null && message.leases.length)
                for (let i = 0; i < message.leases.length; ++i)
                    $root.etcdserverpb.LeaseStatus.encode(message.leases[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a LeaseLeasesResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.LeaseLeasesResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.LeaseLeasesResponse} LeaseLeasesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeaseLeasesResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.LeaseLeasesResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        if (!(message.leases && message.leases.length))
                            message.leases = [];
                        message.leases.push($root.etcdserverpb.LeaseStatus.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for LeaseLeasesResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.LeaseLeasesResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        LeaseLeasesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.LeaseLeasesResponse";
        };

        return LeaseLeasesResponse;
    })();

    etcdserverpb.Member = (function() {

        /**
         * Properties of a Member.
         * @memberof etcdserverpb
         * @interface IMember
         * @property {number|Long|null} [ID] Member ID
         * @property {string|null} [name] Member name
         * @property {Array.<string>|null} [peerURLs] Member peerURLs
         * @property {Array.<string>|null} [clientURLs] Member clientURLs
         * @property {boolean|null} [isLearner] Member isLearner
         */

        /**
         * Constructs a new Member.
         * @memberof etcdserverpb
         * @classdesc Represents a Member.
         * @implements IMember
         * @constructor
         * @param {etcdserverpb.IMember=} [properties] Properties to set
         */
        function Member(properties) {
            this.peerURLs = [];
            this.clientURLs = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Member ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.Member
         * @instance
         */
        Member.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Member name.
         * @member {string} name
         * @memberof etcdserverpb.Member
         * @instance
         */
        Member.prototype.name = "";

        /**
         * Member peerURLs.
         * @member {Array.<string>} peerURLs
         * @memberof etcdserverpb.Member
         * @instance
         */
        Member.prototype.peerURLs = $util.emptyArray;

        /**
         * Member clientURLs.
         * @member {Array.<string>} clientURLs
         * @memberof etcdserverpb.Member
         * @instance
         */
        Member.prototype.clientURLs = $util.emptyArray;

        /**
         * Member isLearner.
         * @member {boolean} isLearner
         * @memberof etcdserverpb.Member
         * @instance
         */
        Member.prototype.isLearner = false;

        /**
         * Creates a new Member instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.Member
         * @static
         * @param {etcdserverpb.IMember=} [properties] Properties to set
         * @returns {etcdserverpb.Member} Member instance
         */
        Member.create = function create(properties) {
            return new Member(properties);
        };

        /**
         * Encodes the specified Member message. Does not implicitly {@link etcdserverpb.Member.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.Member
         * @static
         * @param {etcdserverpb.IMember} message Member message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Member.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.ID);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.peerURLs != null && message.peerURLs.length)
                for (let i = 0; i < message.peerURLs.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.peerURLs[i]);
            if (message.clientURLs != null && message.clientURLs.length)
                for (let i = 0; i < message.clientURLs.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientURLs[i]);
            if (message.isLearner != null && Object.hasOwnProperty.call(message, "isLearner"))
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.isLearner);
            return writer;
        };

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.Member
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.Member} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Member.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.Member();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.ID = reader.uint64();
                        break;
                    }
                case 2: {
                        message.name = reader.string();
                        break;
                    }
                case 3: {
                        if (!(message.peerURLs && message.peerURLs.length))
                            message.peerURLs = [];
                        message.peerURLs.push(reader.string());
                        break;
                    }
                case 4: {
                        if (!(message.clientURLs && message.clientURLs.length))
                            message.clientURLs = [];
                        message.clientURLs.push(reader.string());
                        break;
                    }
                case 5: {
                        message.isLearner = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for Member
         * @function getTypeUrl
         * @memberof etcdserverpb.Member
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Member.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.Member";
        };

        return Member;
    })();

    etcdserverpb.MemberAddRequest = (function() {

        /**
         * Properties of a MemberAddRequest.
         * @memberof etcdserverpb
         * @interface IMemberAddRequest
         * @property {Array.<string>|null} [peerURLs] MemberAddRequest peerURLs
         * @property {boolean|null} [isLearner] MemberAddRequest isLearner
         */

        /**
         * Constructs a new MemberAddRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a MemberAddRequest.
         * @implements IMemberAddRequest
         * @constructor
         * @param {etcdserverpb.IMemberAddRequest=} [properties] Properties to set
         */
        function MemberAddRequest(properties) {
            this.peerURLs = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MemberAddRequest peerURLs.
         * @member {Array.<string>} peerURLs
         * @memberof etcdserverpb.MemberAddRequest
         * @instance
         */
        MemberAddRequest.prototype.peerURLs = $util.emptyArray;

        /**
         * MemberAddRequest isLearner.
         * @member {boolean} isLearner
         * @memberof etcdserverpb.MemberAddRequest
         * @instance
         */
        MemberAddRequest.prototype.isLearner = false;

        /**
         * Creates a new MemberAddRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MemberAddRequest
         * @static
         * @param {etcdserverpb.IMemberAddRequest=} [properties] Properties to set
         * @returns {etcdserverpb.MemberAddRequest} MemberAddRequest instance
         */
        MemberAddRequest.create = function create(properties) {
            return new MemberAddRequest(properties);
        };

        /**
         * Encodes the specified MemberAddRequest message. Does not implicitly {@link etcdserverpb.MemberAddRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MemberAddRequest
         * @static
         * @param {etcdserverpb.IMemberAddRequest} message MemberAddRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberAddRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.peerURLs != null && message.peerURLs.length)
                for (let i = 0; i < message.peerURLs.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerURLs[i]);
            if (message.isLearner != null && Object.hasOwnProperty.call(message, "isLearner"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.isLearner);
            return writer;
        };

        /**
         * Decodes a MemberAddRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MemberAddRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MemberAddRequest} MemberAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberAddRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MemberAddRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.peerURLs && message.peerURLs.length))
                            message.peerURLs = [];
                        message.peerURLs.push(reader.string());
                        break;
                    }
                case 2: {
                        message.isLearner = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MemberAddRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.MemberAddRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MemberAddRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MemberAddRequest";
        };

        return MemberAddRequest;
    })();

    etcdserverpb.MemberAddResponse = (function() {

        /**
         * Properties of a MemberAddResponse.
         * @memberof etcdserverpb
         * @interface IMemberAddResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] MemberAddResponse header
         * @property {etcdserverpb.IMember|null} [member] MemberAddResponse member
         * @property {Array.<etcdserverpb.IMember>|null} [members] MemberAddResponse members
         */

        /**
         * Constructs a new MemberAddResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a MemberAddResponse.
         * @implements IMemberAddResponse
         * @constructor
         * @param {etcdserverpb.IMemberAddResponse=} [properties] Properties to set
         */
        function MemberAddResponse(properties) {
            this.members = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MemberAddResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.MemberAddResponse
         * @instance
         */
        MemberAddResponse.prototype.header = null;

        /**
         * MemberAddResponse member.
         * @member {etcdserverpb.IMember|null|undefined} member
         * @memberof etcdserverpb.MemberAddResponse
         * @instance
         */
        MemberAddResponse.prototype.member = null;

        /**
         * MemberAddResponse members.
         * @member {Array.<etcdserverpb.IMember>} members
         * @memberof etcdserverpb.MemberAddResponse
         * @instance
         */
        MemberAddResponse.prototype.members = $util.emptyArray;

        /**
         * Creates a new MemberAddResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MemberAddResponse
         * @static
         * @param {etcdserverpb.IMemberAddResponse=} [properties] Properties to set
         * @returns {etcdserverpb.MemberAddResponse} MemberAddResponse instance
         */
        MemberAddResponse.create = function create(properties) {
            return new MemberAddResponse(properties);
        };

        /**
         * Encodes the specified MemberAddResponse message. Does not implicitly {@link etcdserverpb.MemberAddResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MemberAddResponse
         * @static
         * @param {etcdserverpb.IMemberAddResponse} message MemberAddResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberAddResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.member != null && Object.hasOwnProperty.call(message, "member"))
                $root.etcdserverpb.Member.encode(message.member, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.etcdserverpb.Member.encode(message.members[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a MemberAddResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MemberAddResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MemberAddResponse} MemberAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberAddResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MemberAddResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.member = $root.etcdserverpb.Member.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.etcdserverpb.Member.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MemberAddResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.MemberAddResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MemberAddResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MemberAddResponse";
        };

        return MemberAddResponse;
    })();

    etcdserverpb.MemberRemoveRequest = (function() {

        /**
         * Properties of a MemberRemoveRequest.
         * @memberof etcdserverpb
         * @interface IMemberRemoveRequest
         * @property {number|Long|null} [ID] MemberRemoveRequest ID
         */

        /**
         * Constructs a new MemberRemoveRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a MemberRemoveRequest.
         * @implements IMemberRemoveRequest
         * @constructor
         * @param {etcdserverpb.IMemberRemoveRequest=} [properties] Properties to set
         */
        function MemberRemoveRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MemberRemoveRequest ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.MemberRemoveRequest
         * @instance
         */
        MemberRemoveRequest.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new MemberRemoveRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MemberRemoveRequest
         * @static
         * @param {etcdserverpb.IMemberRemoveRequest=} [properties] Properties to set
         * @returns {etcdserverpb.MemberRemoveRequest} MemberRemoveRequest instance
         */
        MemberRemoveRequest.create = function create(properties) {
            return new MemberRemoveRequest(properties);
        };

        /**
         * Encodes the specified MemberRemoveRequest message. Does not implicitly {@link etcdserverpb.MemberRemoveRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MemberRemoveRequest
         * @static
         * @param {etcdserverpb.IMemberRemoveRequest} message MemberRemoveRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberRemoveRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.ID);
            return writer;
        };

        /**
         * Decodes a MemberRemoveRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MemberRemoveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MemberRemoveRequest} MemberRemoveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberRemoveRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MemberRemoveRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.ID = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MemberRemoveRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.MemberRemoveRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MemberRemoveRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MemberRemoveRequest";
        };

        return MemberRemoveRequest;
    })();

    etcdserverpb.MemberRemoveResponse = (function() {

        /**
         * Properties of a MemberRemoveResponse.
         * @memberof etcdserverpb
         * @interface IMemberRemoveResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] MemberRemoveResponse header
         * @property {Array.<etcdserverpb.IMember>|null} [members] MemberRemoveResponse members
         */

        /**
         * Constructs a new MemberRemoveResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a MemberRemoveResponse.
         * @implements IMemberRemoveResponse
         * @constructor
         * @param {etcdserverpb.IMemberRemoveResponse=} [properties] Properties to set
         */
        function MemberRemoveResponse(properties) {
            this.members = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MemberRemoveResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.MemberRemoveResponse
         * @instance
         */
        MemberRemoveResponse.prototype.header = null;

        /**
         * MemberRemoveResponse members.
         * @member {Array.<etcdserverpb.IMember>} members
         * @memberof etcdserverpb.MemberRemoveResponse
         * @instance
         */
        MemberRemoveResponse.prototype.members = $util.emptyArray;

        /**
         * Creates a new MemberRemoveResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MemberRemoveResponse
         * @static
         * @param {etcdserverpb.IMemberRemoveResponse=} [properties] Properties to set
         * @returns {etcdserverpb.MemberRemoveResponse} MemberRemoveResponse instance
         */
        MemberRemoveResponse.create = function create(properties) {
            return new MemberRemoveResponse(properties);
        };

        /**
         * Encodes the specified MemberRemoveResponse message. Does not implicitly {@link etcdserverpb.MemberRemoveResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MemberRemoveResponse
         * @static
         * @param {etcdserverpb.IMemberRemoveResponse} message MemberRemoveResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberRemoveResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.etcdserverpb.Member.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a MemberRemoveResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MemberRemoveResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MemberRemoveResponse} MemberRemoveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberRemoveResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MemberRemoveResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.etcdserverpb.Member.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MemberRemoveResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.MemberRemoveResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MemberRemoveResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MemberRemoveResponse";
        };

        return MemberRemoveResponse;
    })();

    etcdserverpb.MemberUpdateRequest = (function() {

        /**
         * Properties of a MemberUpdateRequest.
         * @memberof etcdserverpb
         * @interface IMemberUpdateRequest
         * @property {number|Long|null} [ID] MemberUpdateRequest ID
         * @property {Array.<string>|null} [peerURLs] MemberUpdateRequest peerURLs
         */

        /**
         * Constructs a new MemberUpdateRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a MemberUpdateRequest.
         * @implements IMemberUpdateRequest
         * @constructor
         * @param {etcdserverpb.IMemberUpdateRequest=} [properties] Properties to set
         */
        function MemberUpdateRequest(properties) {
            this.peerURLs = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MemberUpdateRequest ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.MemberUpdateRequest
         * @instance
         */
        MemberUpdateRequest.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * MemberUpdateRequest peerURLs.
         * @member {Array.<string>} peerURLs
         * @memberof etcdserverpb.MemberUpdateRequest
         * @instance
         */
        MemberUpdateRequest.prototype.peerURLs = $util.emptyArray;

        /**
         * Creates a new MemberUpdateRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MemberUpdateRequest
         * @static
         * @param {etcdserverpb.IMemberUpdateRequest=} [properties] Properties to set
         * @returns {etcdserverpb.MemberUpdateRequest} MemberUpdateRequest instance
         */
        MemberUpdateRequest.create = function create(properties) {
            return new MemberUpdateRequest(properties);
        };

        /**
         * Encodes the specified MemberUpdateRequest message. Does not implicitly {@link etcdserverpb.MemberUpdateRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MemberUpdateRequest
         * @static
         * @param {etcdserverpb.IMemberUpdateRequest} message MemberUpdateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberUpdateRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.ID);
            if (message.peerURLs != null && message.peerURLs.length)
                for (let i = 0; i < message.peerURLs.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerURLs[i]);
            return writer;
        };

        /**
         * Decodes a MemberUpdateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MemberUpdateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MemberUpdateRequest} MemberUpdateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberUpdateRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MemberUpdateRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.ID = reader.uint64();
                        break;
                    }
                case 2: {
                        if (!(message.peerURLs && message.peerURLs.length))
                            message.peerURLs = [];
                        message.peerURLs.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MemberUpdateRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.MemberUpdateRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MemberUpdateRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MemberUpdateRequest";
        };

        return MemberUpdateRequest;
    })();

    etcdserverpb.MemberUpdateResponse = (function() {

        /**
         * Properties of a MemberUpdateResponse.
         * @memberof etcdserverpb
         * @interface IMemberUpdateResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] MemberUpdateResponse header
         * @property {Array.<etcdserverpb.IMember>|null} [members] MemberUpdateResponse members
         */

        /**
         * Constructs a new MemberUpdateResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a MemberUpdateResponse.
         * @implements IMemberUpdateResponse
         * @constructor
         * @param {etcdserverpb.IMemberUpdateResponse=} [properties] Properties to set
         */
        function MemberUpdateResponse(properties) {
            this.members = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MemberUpdateResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.MemberUpdateResponse
         * @instance
         */
        MemberUpdateResponse.prototype.header = null;

        /**
         * MemberUpdateResponse members.
         * @member {Array.<etcdserverpb.IMember>} members
         * @memberof etcdserverpb.MemberUpdateResponse
         * @instance
         */
        MemberUpdateResponse.prototype.members = $util.emptyArray;

        /**
         * Creates a new MemberUpdateResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MemberUpdateResponse
         * @static
         * @param {etcdserverpb.IMemberUpdateResponse=} [properties] Properties to set
         * @returns {etcdserverpb.MemberUpdateResponse} MemberUpdateResponse instance
         */
        MemberUpdateResponse.create = function create(properties) {
            return new MemberUpdateResponse(properties);
        };

        /**
         * Encodes the specified MemberUpdateResponse message. Does not implicitly {@link etcdserverpb.MemberUpdateResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MemberUpdateResponse
         * @static
         * @param {etcdserverpb.IMemberUpdateResponse} message MemberUpdateResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberUpdateResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.etcdserverpb.Member.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a MemberUpdateResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MemberUpdateResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MemberUpdateResponse} MemberUpdateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberUpdateResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MemberUpdateResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.etcdserverpb.Member.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MemberUpdateResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.MemberUpdateResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MemberUpdateResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MemberUpdateResponse";
        };

        return MemberUpdateResponse;
    })();

    etcdserverpb.MemberListRequest = (function() {

        /**
         * Properties of a MemberListRequest.
         * @memberof etcdserverpb
         * @interface IMemberListRequest
         * @property {boolean|null} [linearizable] MemberListRequest linearizable
         */

        /**
         * Constructs a new MemberListRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a MemberListRequest.
         * @implements IMemberListRequest
         * @constructor
         * @param {etcdserverpb.IMemberListRequest=} [properties] Properties to set
         */
        function MemberListRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MemberListRequest linearizable.
         * @member {boolean} linearizable
         * @memberof etcdserverpb.MemberListRequest
         * @instance
         */
        MemberListRequest.prototype.linearizable = false;

        /**
         * Creates a new MemberListRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MemberListRequest
         * @static
         * @param {etcdserverpb.IMemberListRequest=} [properties] Properties to set
         * @returns {etcdserverpb.MemberListRequest} MemberListRequest instance
         */
        MemberListRequest.create = function create(properties) {
            return new MemberListRequest(properties);
        };

        /**
         * Encodes the specified MemberListRequest message. Does not implicitly {@link etcdserverpb.MemberListRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MemberListRequest
         * @static
         * @param {etcdserverpb.IMemberListRequest} message MemberListRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberListRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.linearizable != null && Object.hasOwnProperty.call(message, "linearizable"))
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.linearizable);
            return writer;
        };

        /**
         * Decodes a MemberListRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MemberListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MemberListRequest} MemberListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberListRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MemberListRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.linearizable = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MemberListRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.MemberListRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MemberListRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MemberListRequest";
        };

        return MemberListRequest;
    })();

    etcdserverpb.MemberListResponse = (function() {

        /**
         * Properties of a MemberListResponse.
         * @memberof etcdserverpb
         * @interface IMemberListResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] MemberListResponse header
         * @property {Array.<etcdserverpb.IMember>|null} [members] MemberListResponse members
         */

        /**
         * Constructs a new MemberListResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a MemberListResponse.
         * @implements IMemberListResponse
         * @constructor
         * @param {etcdserverpb.IMemberListResponse=} [properties] Properties to set
         */
        function MemberListResponse(properties) {
            this.members = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MemberListResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.MemberListResponse
         * @instance
         */
        MemberListResponse.prototype.header = null;

        /**
         * MemberListResponse members.
         * @member {Array.<etcdserverpb.IMember>} members
         * @memberof etcdserverpb.MemberListResponse
         * @instance
         */
        MemberListResponse.prototype.members = $util.emptyArray;

        /**
         * Creates a new MemberListResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MemberListResponse
         * @static
         * @param {etcdserverpb.IMemberListResponse=} [properties] Properties to set
         * @returns {etcdserverpb.MemberListResponse} MemberListResponse instance
         */
        MemberListResponse.create = function create(properties) {
            return new MemberListResponse(properties);
        };

        /**
         * Encodes the specified MemberListResponse message. Does not implicitly {@link etcdserverpb.MemberListResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MemberListResponse
         * @static
         * @param {etcdserverpb.IMemberListResponse} message MemberListResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberListResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.etcdserverpb.Member.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a MemberListResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MemberListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MemberListResponse} MemberListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberListResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MemberListResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.etcdserverpb.Member.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MemberListResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.MemberListResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MemberListResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MemberListResponse";
        };

        return MemberListResponse;
    })();

    etcdserverpb.MemberPromoteRequest = (function() {

        /**
         * Properties of a MemberPromoteRequest.
         * @memberof etcdserverpb
         * @interface IMemberPromoteRequest
         * @property {number|Long|null} [ID] MemberPromoteRequest ID
         */

        /**
         * Constructs a new MemberPromoteRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a MemberPromoteRequest.
         * @implements IMemberPromoteRequest
         * @constructor
         * @param {etcdserverpb.IMemberPromoteRequest=} [properties] Properties to set
         */
        function MemberPromoteRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MemberPromoteRequest ID.
         * @member {number|Long} ID
         * @memberof etcdserverpb.MemberPromoteRequest
         * @instance
         */
        MemberPromoteRequest.prototype.ID = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new MemberPromoteRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MemberPromoteRequest
         * @static
         * @param {etcdserverpb.IMemberPromoteRequest=} [properties] Properties to set
         * @returns {etcdserverpb.MemberPromoteRequest} MemberPromoteRequest instance
         */
        MemberPromoteRequest.create = function create(properties) {
            return new MemberPromoteRequest(properties);
        };

        /**
         * Encodes the specified MemberPromoteRequest message. Does not implicitly {@link etcdserverpb.MemberPromoteRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MemberPromoteRequest
         * @static
         * @param {etcdserverpb.IMemberPromoteRequest} message MemberPromoteRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberPromoteRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.ID != null && Object.hasOwnProperty.call(message, "ID"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.ID);
            return writer;
        };

        /**
         * Decodes a MemberPromoteRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MemberPromoteRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MemberPromoteRequest} MemberPromoteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberPromoteRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MemberPromoteRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.ID = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MemberPromoteRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.MemberPromoteRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MemberPromoteRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MemberPromoteRequest";
        };

        return MemberPromoteRequest;
    })();

    etcdserverpb.MemberPromoteResponse = (function() {

        /**
         * Properties of a MemberPromoteResponse.
         * @memberof etcdserverpb
         * @interface IMemberPromoteResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] MemberPromoteResponse header
         * @property {Array.<etcdserverpb.IMember>|null} [members] MemberPromoteResponse members
         */

        /**
         * Constructs a new MemberPromoteResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a MemberPromoteResponse.
         * @implements IMemberPromoteResponse
         * @constructor
         * @param {etcdserverpb.IMemberPromoteResponse=} [properties] Properties to set
         */
        function MemberPromoteResponse(properties) {
            this.members = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MemberPromoteResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.MemberPromoteResponse
         * @instance
         */
        MemberPromoteResponse.prototype.header = null;

        /**
         * MemberPromoteResponse members.
         * @member {Array.<etcdserverpb.IMember>} members
         * @memberof etcdserverpb.MemberPromoteResponse
         * @instance
         */
        MemberPromoteResponse.prototype.members = $util.emptyArray;

        /**
         * Creates a new MemberPromoteResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MemberPromoteResponse
         * @static
         * @param {etcdserverpb.IMemberPromoteResponse=} [properties] Properties to set
         * @returns {etcdserverpb.MemberPromoteResponse} MemberPromoteResponse instance
         */
        MemberPromoteResponse.create = function create(properties) {
            return new MemberPromoteResponse(properties);
        };

        /**
         * Encodes the specified MemberPromoteResponse message. Does not implicitly {@link etcdserverpb.MemberPromoteResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MemberPromoteResponse
         * @static
         * @param {etcdserverpb.IMemberPromoteResponse} message MemberPromoteResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberPromoteResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.members != null && message.members.length)
                for (let i = 0; i < message.members.length; ++i)
                    $root.etcdserverpb.Member.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a MemberPromoteResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MemberPromoteResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MemberPromoteResponse} MemberPromoteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberPromoteResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MemberPromoteResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        if (!(message.members && message.members.length))
                            message.members = [];
                        message.members.push($root.etcdserverpb.Member.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MemberPromoteResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.MemberPromoteResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MemberPromoteResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MemberPromoteResponse";
        };

        return MemberPromoteResponse;
    })();

    etcdserverpb.DefragmentRequest = (function() {

        /**
         * Properties of a DefragmentRequest.
         * @memberof etcdserverpb
         * @interface IDefragmentRequest
         */

        /**
         * Constructs a new DefragmentRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a DefragmentRequest.
         * @implements IDefragmentRequest
         * @constructor
         * @param {etcdserverpb.IDefragmentRequest=} [properties] Properties to set
         */
        function DefragmentRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new DefragmentRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.DefragmentRequest
         * @static
         * @param {etcdserverpb.IDefragmentRequest=} [properties] Properties to set
         * @returns {etcdserverpb.DefragmentRequest} DefragmentRequest instance
         */
        DefragmentRequest.create = function create(properties) {
            return new DefragmentRequest(properties);
        };

        /**
         * Encodes the specified DefragmentRequest message. Does not implicitly {@link etcdserverpb.DefragmentRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.DefragmentRequest
         * @static
         * @param {etcdserverpb.IDefragmentRequest} message DefragmentRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DefragmentRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a DefragmentRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.DefragmentRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.DefragmentRequest} DefragmentRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DefragmentRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.DefragmentRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for DefragmentRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.DefragmentRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DefragmentRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.DefragmentRequest";
        };

        return DefragmentRequest;
    })();

    etcdserverpb.DefragmentResponse = (function() {

        /**
         * Properties of a DefragmentResponse.
         * @memberof etcdserverpb
         * @interface IDefragmentResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] DefragmentResponse header
         */

        /**
         * Constructs a new DefragmentResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a DefragmentResponse.
         * @implements IDefragmentResponse
         * @constructor
         * @param {etcdserverpb.IDefragmentResponse=} [properties] Properties to set
         */
        function DefragmentResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DefragmentResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.DefragmentResponse
         * @instance
         */
        DefragmentResponse.prototype.header = null;

        /**
         * Creates a new DefragmentResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.DefragmentResponse
         * @static
         * @param {etcdserverpb.IDefragmentResponse=} [properties] Properties to set
         * @returns {etcdserverpb.DefragmentResponse} DefragmentResponse instance
         */
        DefragmentResponse.create = function create(properties) {
            return new DefragmentResponse(properties);
        };

        /**
         * Encodes the specified DefragmentResponse message. Does not implicitly {@link etcdserverpb.DefragmentResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.DefragmentResponse
         * @static
         * @param {etcdserverpb.IDefragmentResponse} message DefragmentResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DefragmentResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a DefragmentResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.DefragmentResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.DefragmentResponse} DefragmentResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DefragmentResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.DefragmentResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for DefragmentResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.DefragmentResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DefragmentResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.DefragmentResponse";
        };

        return DefragmentResponse;
    })();

    etcdserverpb.MoveLeaderRequest = (function() {

        /**
         * Properties of a MoveLeaderRequest.
         * @memberof etcdserverpb
         * @interface IMoveLeaderRequest
         * @property {number|Long|null} [targetID] MoveLeaderRequest targetID
         */

        /**
         * Constructs a new MoveLeaderRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a MoveLeaderRequest.
         * @implements IMoveLeaderRequest
         * @constructor
         * @param {etcdserverpb.IMoveLeaderRequest=} [properties] Properties to set
         */
        function MoveLeaderRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MoveLeaderRequest targetID.
         * @member {number|Long} targetID
         * @memberof etcdserverpb.MoveLeaderRequest
         * @instance
         */
        MoveLeaderRequest.prototype.targetID = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new MoveLeaderRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MoveLeaderRequest
         * @static
         * @param {etcdserverpb.IMoveLeaderRequest=} [properties] Properties to set
         * @returns {etcdserverpb.MoveLeaderRequest} MoveLeaderRequest instance
         */
        MoveLeaderRequest.create = function create(properties) {
            return new MoveLeaderRequest(properties);
        };

        /**
         * Encodes the specified MoveLeaderRequest message. Does not implicitly {@link etcdserverpb.MoveLeaderRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MoveLeaderRequest
         * @static
         * @param {etcdserverpb.IMoveLeaderRequest} message MoveLeaderRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MoveLeaderRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.targetID != null && Object.hasOwnProperty.call(message, "targetID"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.targetID);
            return writer;
        };

        /**
         * Decodes a MoveLeaderRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MoveLeaderRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MoveLeaderRequest} MoveLeaderRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MoveLeaderRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MoveLeaderRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.targetID = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MoveLeaderRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.MoveLeaderRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MoveLeaderRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MoveLeaderRequest";
        };

        return MoveLeaderRequest;
    })();

    etcdserverpb.MoveLeaderResponse = (function() {

        /**
         * Properties of a MoveLeaderResponse.
         * @memberof etcdserverpb
         * @interface IMoveLeaderResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] MoveLeaderResponse header
         */

        /**
         * Constructs a new MoveLeaderResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a MoveLeaderResponse.
         * @implements IMoveLeaderResponse
         * @constructor
         * @param {etcdserverpb.IMoveLeaderResponse=} [properties] Properties to set
         */
        function MoveLeaderResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * MoveLeaderResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.MoveLeaderResponse
         * @instance
         */
        MoveLeaderResponse.prototype.header = null;

        /**
         * Creates a new MoveLeaderResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.MoveLeaderResponse
         * @static
         * @param {etcdserverpb.IMoveLeaderResponse=} [properties] Properties to set
         * @returns {etcdserverpb.MoveLeaderResponse} MoveLeaderResponse instance
         */
        MoveLeaderResponse.create = function create(properties) {
            return new MoveLeaderResponse(properties);
        };

        /**
         * Encodes the specified MoveLeaderResponse message. Does not implicitly {@link etcdserverpb.MoveLeaderResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.MoveLeaderResponse
         * @static
         * @param {etcdserverpb.IMoveLeaderResponse} message MoveLeaderResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MoveLeaderResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a MoveLeaderResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.MoveLeaderResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.MoveLeaderResponse} MoveLeaderResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MoveLeaderResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.MoveLeaderResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for MoveLeaderResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.MoveLeaderResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        MoveLeaderResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.MoveLeaderResponse";
        };

        return MoveLeaderResponse;
    })();

    /**
     * AlarmType enum.
     * @name etcdserverpb.AlarmType
     * @enum {number}
     * @property {number} NONE=0 NONE value
     * @property {number} NOSPACE=1 NOSPACE value
     * @property {number} CORRUPT=2 CORRUPT value
     */
    etcdserverpb.AlarmType = (function() {
        const valuesById = {}, values = Object.create(valuesById);
        values[valuesById[0] = "NONE"] = 0;
        values[valuesById[1] = "NOSPACE"] = 1;
        values[valuesById[2] = "CORRUPT"] = 2;
        return values;
    })();

    etcdserverpb.AlarmRequest = (function() {

        /**
         * Properties of an AlarmRequest.
         * @memberof etcdserverpb
         * @interface IAlarmRequest
         * @property {etcdserverpb.AlarmRequest.AlarmAction|null} [action] AlarmRequest action
         * @property {number|Long|null} [memberID] AlarmRequest memberID
         * @property {etcdserverpb.AlarmType|null} [alarm] AlarmRequest alarm
         */

        /**
         * Constructs a new AlarmRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AlarmRequest.
         * @implements IAlarmRequest
         * @constructor
         * @param {etcdserverpb.IAlarmRequest=} [properties] Properties to set
         */
        function AlarmRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AlarmRequest action.
         * @member {etcdserverpb.AlarmRequest.AlarmAction} action
         * @memberof etcdserverpb.AlarmRequest
         * @instance
         */
        AlarmRequest.prototype.action = 0;

        /**
         * AlarmRequest memberID.
         * @member {number|Long} memberID
         * @memberof etcdserverpb.AlarmRequest
         * @instance
         */
        AlarmRequest.prototype.memberID = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AlarmRequest alarm.
         * @member {etcdserverpb.AlarmType} alarm
         * @memberof etcdserverpb.AlarmRequest
         * @instance
         */
        AlarmRequest.prototype.alarm = 0;

        /**
         * Creates a new AlarmRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AlarmRequest
         * @static
         * @param {etcdserverpb.IAlarmRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AlarmRequest} AlarmRequest instance
         */
        AlarmRequest.create = function create(properties) {
            return new AlarmRequest(properties);
        };

        /**
         * Encodes the specified AlarmRequest message. Does not implicitly {@link etcdserverpb.AlarmRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AlarmRequest
         * @static
         * @param {etcdserverpb.IAlarmRequest} message AlarmRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AlarmRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.action != null && Object.hasOwnProperty.call(message, "action"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.action);
            if (message.memberID != null && Object.hasOwnProperty.call(message, "memberID"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.memberID);
            if (message.alarm != null && Object.hasOwnProperty.call(message, "alarm"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.alarm);
            return writer;
        };

        /**
         * Decodes an AlarmRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AlarmRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AlarmRequest} AlarmRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AlarmRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AlarmRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.action = reader.int32();
                        break;
                    }
                case 2: {
                        message.memberID = reader.uint64();
                        break;
                    }
                case 3: {
                        message.alarm = reader.int32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AlarmRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AlarmRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AlarmRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AlarmRequest";
        };

        /**
         * AlarmAction enum.
         * @name etcdserverpb.AlarmRequest.AlarmAction
         * @enum {number}
         * @property {number} GET=0 GET value
         * @property {number} ACTIVATE=1 ACTIVATE value
         * @property {number} DEACTIVATE=2 DEACTIVATE value
         */
        AlarmRequest.AlarmAction = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "GET"] = 0;
            values[valuesById[1] = "ACTIVATE"] = 1;
            values[valuesById[2] = "DEACTIVATE"] = 2;
            return values;
        })();

        return AlarmRequest;
    })();

    etcdserverpb.AlarmMember = (function() {

        /**
         * Properties of an AlarmMember.
         * @memberof etcdserverpb
         * @interface IAlarmMember
         * @property {number|Long|null} [memberID] AlarmMember memberID
         * @property {etcdserverpb.AlarmType|null} [alarm] AlarmMember alarm
         */

        /**
         * Constructs a new AlarmMember.
         * @memberof etcdserverpb
         * @classdesc Represents an AlarmMember.
         * @implements IAlarmMember
         * @constructor
         * @param {etcdserverpb.IAlarmMember=} [properties] Properties to set
         */
        function AlarmMember(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AlarmMember memberID.
         * @member {number|Long} memberID
         * @memberof etcdserverpb.AlarmMember
         * @instance
         */
        AlarmMember.prototype.memberID = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AlarmMember alarm.
         * @member {etcdserverpb.AlarmType} alarm
         * @memberof etcdserverpb.AlarmMember
         * @instance
         */
        AlarmMember.prototype.alarm = 0;

        /**
         * Creates a new AlarmMember instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AlarmMember
         * @static
         * @param {etcdserverpb.IAlarmMember=} [properties] Properties to set
         * @returns {etcdserverpb.AlarmMember} AlarmMember instance
         */
        AlarmMember.create = function create(properties) {
            return new AlarmMember(properties);
        };

        /**
         * Encodes the specified AlarmMember message. Does not implicitly {@link etcdserverpb.AlarmMember.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AlarmMember
         * @static
         * @param {etcdserverpb.IAlarmMember} message AlarmMember message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AlarmMember.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.memberID != null && Object.hasOwnProperty.call(message, "memberID"))
                writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.memberID);
            if (message.alarm != null && Object.hasOwnProperty.call(message, "alarm"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.alarm);
            return writer;
        };

        /**
         * Decodes an AlarmMember message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AlarmMember
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AlarmMember} AlarmMember
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AlarmMember.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AlarmMember();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.memberID = reader.uint64();
                        break;
                    }
                case 2: {
                        message.alarm = reader.int32();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AlarmMember
         * @function getTypeUrl
         * @memberof etcdserverpb.AlarmMember
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AlarmMember.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AlarmMember";
        };

        return AlarmMember;
    })();

    etcdserverpb.AlarmResponse = (function() {

        /**
         * Properties of an AlarmResponse.
         * @memberof etcdserverpb
         * @interface IAlarmResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AlarmResponse header
         * @property {Array.<etcdserverpb.IAlarmMember>|null} [alarms] AlarmResponse alarms
         */

        /**
         * Constructs a new AlarmResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AlarmResponse.
         * @implements IAlarmResponse
         * @constructor
         * @param {etcdserverpb.IAlarmResponse=} [properties] Properties to set
         */
        function AlarmResponse(properties) {
            this.alarms = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AlarmResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AlarmResponse
         * @instance
         */
        AlarmResponse.prototype.header = null;

        /**
         * AlarmResponse alarms.
         * @member {Array.<etcdserverpb.IAlarmMember>} alarms
         * @memberof etcdserverpb.AlarmResponse
         * @instance
         */
        AlarmResponse.prototype.alarms = $util.emptyArray;

        /**
         * Creates a new AlarmResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AlarmResponse
         * @static
         * @param {etcdserverpb.IAlarmResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AlarmResponse} AlarmResponse instance
         */
        AlarmResponse.create = function create(properties) {
            return new AlarmResponse(properties);
        };

        /**
         * Encodes the specified AlarmResponse message. Does not implicitly {@link etcdserverpb.AlarmResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AlarmResponse
         * @static
         * @param {etcdserverpb.IAlarmResponse} message AlarmResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AlarmResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.alarms != null && message.alarms.length)
                for (let i = 0; i < message.alarms.length; ++i)
                    $root.etcdserverpb.AlarmMember.encode(message.alarms[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AlarmResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AlarmResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AlarmResponse} AlarmResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AlarmResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AlarmResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        if (!(message.alarms && message.alarms.length))
                            message.alarms = [];
                        message.alarms.push($root.etcdserverpb.AlarmMember.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AlarmResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AlarmResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AlarmResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AlarmResponse";
        };

        return AlarmResponse;
    })();

    etcdserverpb.DowngradeRequest = (function() {

        /**
         * Properties of a DowngradeRequest.
         * @memberof etcdserverpb
         * @interface IDowngradeRequest
         * @property {etcdserverpb.DowngradeRequest.DowngradeAction|null} [action] DowngradeRequest action
         * @property {string|null} [version] DowngradeRequest version
         */

        /**
         * Constructs a new DowngradeRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a DowngradeRequest.
         * @implements IDowngradeRequest
         * @constructor
         * @param {etcdserverpb.IDowngradeRequest=} [properties] Properties to set
         */
        function DowngradeRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DowngradeRequest action.
         * @member {etcdserverpb.DowngradeRequest.DowngradeAction} action
         * @memberof etcdserverpb.DowngradeRequest
         * @instance
         */
        DowngradeRequest.prototype.action = 0;

        /**
         * DowngradeRequest version.
         * @member {string} version
         * @memberof etcdserverpb.DowngradeRequest
         * @instance
         */
        DowngradeRequest.prototype.version = "";

        /**
         * Creates a new DowngradeRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.DowngradeRequest
         * @static
         * @param {etcdserverpb.IDowngradeRequest=} [properties] Properties to set
         * @returns {etcdserverpb.DowngradeRequest} DowngradeRequest instance
         */
        DowngradeRequest.create = function create(properties) {
            return new DowngradeRequest(properties);
        };

        /**
         * Encodes the specified DowngradeRequest message. Does not implicitly {@link etcdserverpb.DowngradeRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.DowngradeRequest
         * @static
         * @param {etcdserverpb.IDowngradeRequest} message DowngradeRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DowngradeRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.action != null && Object.hasOwnProperty.call(message, "action"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.action);
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
            return writer;
        };

        /**
         * Decodes a DowngradeRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.DowngradeRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.DowngradeRequest} DowngradeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DowngradeRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.DowngradeRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.action = reader.int32();
                        break;
                    }
                case 2: {
                        message.version = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for DowngradeRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.DowngradeRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DowngradeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.DowngradeRequest";
        };

        /**
         * DowngradeAction enum.
         * @name etcdserverpb.DowngradeRequest.DowngradeAction
         * @enum {number}
         * @property {number} VALIDATE=0 VALIDATE value
         * @property {number} ENABLE=1 ENABLE value
         * @property {number} CANCEL=2 CANCEL value
         */
        DowngradeRequest.DowngradeAction = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "VALIDATE"] = 0;
            values[valuesById[1] = "ENABLE"] = 1;
            values[valuesById[2] = "CANCEL"] = 2;
            return values;
        })();

        return DowngradeRequest;
    })();

    etcdserverpb.DowngradeResponse = (function() {

        /**
         * Properties of a DowngradeResponse.
         * @memberof etcdserverpb
         * @interface IDowngradeResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] DowngradeResponse header
         * @property {string|null} [version] DowngradeResponse version
         */

        /**
         * Constructs a new DowngradeResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a DowngradeResponse.
         * @implements IDowngradeResponse
         * @constructor
         * @param {etcdserverpb.IDowngradeResponse=} [properties] Properties to set
         */
        function DowngradeResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DowngradeResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.DowngradeResponse
         * @instance
         */
        DowngradeResponse.prototype.header = null;

        /**
         * DowngradeResponse version.
         * @member {string} version
         * @memberof etcdserverpb.DowngradeResponse
         * @instance
         */
        DowngradeResponse.prototype.version = "";

        /**
         * Creates a new DowngradeResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.DowngradeResponse
         * @static
         * @param {etcdserverpb.IDowngradeResponse=} [properties] Properties to set
         * @returns {etcdserverpb.DowngradeResponse} DowngradeResponse instance
         */
        DowngradeResponse.create = function create(properties) {
            return new DowngradeResponse(properties);
        };

        /**
         * Encodes the specified DowngradeResponse message. Does not implicitly {@link etcdserverpb.DowngradeResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.DowngradeResponse
         * @static
         * @param {etcdserverpb.IDowngradeResponse} message DowngradeResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DowngradeResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
            return writer;
        };

        /**
         * Decodes a DowngradeResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.DowngradeResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.DowngradeResponse} DowngradeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DowngradeResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.DowngradeResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.version = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for DowngradeResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.DowngradeResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DowngradeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.DowngradeResponse";
        };

        return DowngradeResponse;
    })();

    etcdserverpb.StatusRequest = (function() {

        /**
         * Properties of a StatusRequest.
         * @memberof etcdserverpb
         * @interface IStatusRequest
         */

        /**
         * Constructs a new StatusRequest.
         * @memberof etcdserverpb
         * @classdesc Represents a StatusRequest.
         * @implements IStatusRequest
         * @constructor
         * @param {etcdserverpb.IStatusRequest=} [properties] Properties to set
         */
        function StatusRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.StatusRequest
         * @static
         * @param {etcdserverpb.IStatusRequest=} [properties] Properties to set
         * @returns {etcdserverpb.StatusRequest} StatusRequest instance
         */
        StatusRequest.create = function create(properties) {
            return new StatusRequest(properties);
        };

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link etcdserverpb.StatusRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.StatusRequest
         * @static
         * @param {etcdserverpb.IStatusRequest} message StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.StatusRequest} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.StatusRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for StatusRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.StatusRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        StatusRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.StatusRequest";
        };

        return StatusRequest;
    })();

    etcdserverpb.StatusResponse = (function() {

        /**
         * Properties of a StatusResponse.
         * @memberof etcdserverpb
         * @interface IStatusResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] StatusResponse header
         * @property {string|null} [version] StatusResponse version
         * @property {number|Long|null} [dbSize] StatusResponse dbSize
         * @property {number|Long|null} [leader] StatusResponse leader
         * @property {number|Long|null} [raftIndex] StatusResponse raftIndex
         * @property {number|Long|null} [raftTerm] StatusResponse raftTerm
         * @property {number|Long|null} [raftAppliedIndex] StatusResponse raftAppliedIndex
         * @property {Array.<string>|null} [errors] StatusResponse errors
         * @property {number|Long|null} [dbSizeInUse] StatusResponse dbSizeInUse
         * @property {boolean|null} [isLearner] StatusResponse isLearner
         */

        /**
         * Constructs a new StatusResponse.
         * @memberof etcdserverpb
         * @classdesc Represents a StatusResponse.
         * @implements IStatusResponse
         * @constructor
         * @param {etcdserverpb.IStatusResponse=} [properties] Properties to set
         */
        function StatusResponse(properties) {
            this.errors = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * StatusResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.StatusResponse
         * @instance
         */
        StatusResponse.prototype.header = null;

        /**
         * StatusResponse version.
         * @member {string} version
         * @memberof etcdserverpb.StatusResponse
         * @instance
         */
        StatusResponse.prototype.version = "";

        /**
         * StatusResponse dbSize.
         * @member {number|Long} dbSize
         * @memberof etcdserverpb.StatusResponse
         * @instance
         */
        StatusResponse.prototype.dbSize = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * StatusResponse leader.
         * @member {number|Long} leader
         * @memberof etcdserverpb.StatusResponse
         * @instance
         */
        StatusResponse.prototype.leader = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse raftIndex.
         * @member {number|Long} raftIndex
         * @memberof etcdserverpb.StatusResponse
         * @instance
         */
        StatusResponse.prototype.raftIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse raftTerm.
         * @member {number|Long} raftTerm
         * @memberof etcdserverpb.StatusResponse
         * @instance
         */
        StatusResponse.prototype.raftTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse raftAppliedIndex.
         * @member {number|Long} raftAppliedIndex
         * @memberof etcdserverpb.StatusResponse
         * @instance
         */
        StatusResponse.prototype.raftAppliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * StatusResponse errors.
         * @member {Array.<string>} errors
         * @memberof etcdserverpb.StatusResponse
         * @instance
         */
        StatusResponse.prototype.errors = $util.emptyArray;

        /**
         * StatusResponse dbSizeInUse.
         * @member {number|Long} dbSizeInUse
         * @memberof etcdserverpb.StatusResponse
         * @instance
         */
        StatusResponse.prototype.dbSizeInUse = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * StatusResponse isLearner.
         * @member {boolean} isLearner
         * @memberof etcdserverpb.StatusResponse
         * @instance
         */
        StatusResponse.prototype.isLearner = false;

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.StatusResponse
         * @static
         * @param {etcdserverpb.IStatusResponse=} [properties] Properties to set
         * @returns {etcdserverpb.StatusResponse} StatusResponse instance
         */
        StatusResponse.create = function create(properties) {
            return new StatusResponse(properties);
        };

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link etcdserverpb.StatusResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.StatusResponse
         * @static
         * @param {etcdserverpb.IStatusResponse} message StatusResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
            if (message.dbSize != null && Object.hasOwnProperty.call(message, "dbSize"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.dbSize);
            if (message.leader != null && Object.hasOwnProperty.call(message, "leader"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.leader);
            if (message.raftIndex != null && Object.hasOwnProperty.call(message, "raftIndex"))
                writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.raftIndex);
            if (message.raftTerm != null && Object.hasOwnProperty.call(message, "raftTerm"))
                writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.raftTerm);
            if (message.raftAppliedIndex != null && Object.hasOwnProperty.call(message, "raftAppliedIndex"))
                writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.raftAppliedIndex);
            if (message.errors != null && message.errors.length)
                for (let i = 0; i < message.errors.length; ++i)
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.errors[i]);
            if (message.dbSizeInUse != null && Object.hasOwnProperty.call(message, "dbSizeInUse"))
                writer.uint32(/* id 9, wireType 0 =*/72).int64(message.dbSizeInUse);
            if (message.isLearner != null && Object.hasOwnProperty.call(message, "isLearner"))
                writer.uint32(/* id 10, wireType 0 =*/80).bool(message.isLearner);
            return writer;
        };

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.StatusResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.StatusResponse} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.StatusResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.version = reader.string();
                        break;
                    }
                case 3: {
                        message.dbSize = reader.int64();
                        break;
                    }
                case 4: {
                        message.leader = reader.uint64();
                        break;
                    }
                case 5: {
                        message.raftIndex = reader.uint64();
                        break;
                    }
                case 6: {
                        message.raftTerm = reader.uint64();
                        break;
                    }
                case 7: {
                        message.raftAppliedIndex = reader.uint64();
                        break;
                    }
                case 8: {
                        if (!(message.errors && message.errors.length))
                            message.errors = [];
                        message.errors.push(reader.string());
                        break;
                    }
                case 9: {
                        message.dbSizeInUse = reader.int64();
                        break;
                    }
                case 10: {
                        message.isLearner = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for StatusResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.StatusResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        StatusResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.StatusResponse";
        };

        return StatusResponse;
    })();

    etcdserverpb.AuthEnableRequest = (function() {

        /**
         * Properties of an AuthEnableRequest.
         * @memberof etcdserverpb
         * @interface IAuthEnableRequest
         */

        /**
         * Constructs a new AuthEnableRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthEnableRequest.
         * @implements IAuthEnableRequest
         * @constructor
         * @param {etcdserverpb.IAuthEnableRequest=} [properties] Properties to set
         */
        function AuthEnableRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new AuthEnableRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthEnableRequest
         * @static
         * @param {etcdserverpb.IAuthEnableRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthEnableRequest} AuthEnableRequest instance
         */
        AuthEnableRequest.create = function create(properties) {
            return new AuthEnableRequest(properties);
        };

        /**
         * Encodes the specified AuthEnableRequest message. Does not implicitly {@link etcdserverpb.AuthEnableRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthEnableRequest
         * @static
         * @param {etcdserverpb.IAuthEnableRequest} message AuthEnableRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthEnableRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes an AuthEnableRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthEnableRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthEnableRequest} AuthEnableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthEnableRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthEnableRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthEnableRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthEnableRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthEnableRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthEnableRequest";
        };

        return AuthEnableRequest;
    })();

    etcdserverpb.AuthDisableRequest = (function() {

        /**
         * Properties of an AuthDisableRequest.
         * @memberof etcdserverpb
         * @interface IAuthDisableRequest
         */

        /**
         * Constructs a new AuthDisableRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthDisableRequest.
         * @implements IAuthDisableRequest
         * @constructor
         * @param {etcdserverpb.IAuthDisableRequest=} [properties] Properties to set
         */
        function AuthDisableRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new AuthDisableRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthDisableRequest
         * @static
         * @param {etcdserverpb.IAuthDisableRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthDisableRequest} AuthDisableRequest instance
         */
        AuthDisableRequest.create = function create(properties) {
            return new AuthDisableRequest(properties);
        };

        /**
         * Encodes the specified AuthDisableRequest message. Does not implicitly {@link etcdserverpb.AuthDisableRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthDisableRequest
         * @static
         * @param {etcdserverpb.IAuthDisableRequest} message AuthDisableRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthDisableRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes an AuthDisableRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthDisableRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthDisableRequest} AuthDisableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthDisableRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthDisableRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthDisableRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthDisableRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthDisableRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthDisableRequest";
        };

        return AuthDisableRequest;
    })();

    etcdserverpb.AuthStatusRequest = (function() {

        /**
         * Properties of an AuthStatusRequest.
         * @memberof etcdserverpb
         * @interface IAuthStatusRequest
         */

        /**
         * Constructs a new AuthStatusRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthStatusRequest.
         * @implements IAuthStatusRequest
         * @constructor
         * @param {etcdserverpb.IAuthStatusRequest=} [properties] Properties to set
         */
        function AuthStatusRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new AuthStatusRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthStatusRequest
         * @static
         * @param {etcdserverpb.IAuthStatusRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthStatusRequest} AuthStatusRequest instance
         */
        AuthStatusRequest.create = function create(properties) {
            return new AuthStatusRequest(properties);
        };

        /**
         * Encodes the specified AuthStatusRequest message. Does not implicitly {@link etcdserverpb.AuthStatusRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthStatusRequest
         * @static
         * @param {etcdserverpb.IAuthStatusRequest} message AuthStatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthStatusRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes an AuthStatusRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthStatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthStatusRequest} AuthStatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthStatusRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthStatusRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthStatusRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthStatusRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthStatusRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthStatusRequest";
        };

        return AuthStatusRequest;
    })();

    etcdserverpb.AuthenticateRequest = (function() {

        /**
         * Properties of an AuthenticateRequest.
         * @memberof etcdserverpb
         * @interface IAuthenticateRequest
         * @property {string|null} [name] AuthenticateRequest name
         * @property {string|null} [password] AuthenticateRequest password
         */

        /**
         * Constructs a new AuthenticateRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthenticateRequest.
         * @implements IAuthenticateRequest
         * @constructor
         * @param {etcdserverpb.IAuthenticateRequest=} [properties] Properties to set
         */
        function AuthenticateRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthenticateRequest name.
         * @member {string} name
         * @memberof etcdserverpb.AuthenticateRequest
         * @instance
         */
        AuthenticateRequest.prototype.name = "";

        /**
         * AuthenticateRequest password.
         * @member {string} password
         * @memberof etcdserverpb.AuthenticateRequest
         * @instance
         */
        AuthenticateRequest.prototype.password = "";

        /**
         * Creates a new AuthenticateRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthenticateRequest
         * @static
         * @param {etcdserverpb.IAuthenticateRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthenticateRequest} AuthenticateRequest instance
         */
        AuthenticateRequest.create = function create(properties) {
            return new AuthenticateRequest(properties);
        };

        /**
         * Encodes the specified AuthenticateRequest message. Does not implicitly {@link etcdserverpb.AuthenticateRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthenticateRequest
         * @static
         * @param {etcdserverpb.IAuthenticateRequest} message AuthenticateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthenticateRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.password != null && Object.hasOwnProperty.call(message, "password"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
            return writer;
        };

        /**
         * Decodes an AuthenticateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthenticateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthenticateRequest} AuthenticateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthenticateRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthenticateRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.password = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthenticateRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthenticateRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthenticateRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthenticateRequest";
        };

        return AuthenticateRequest;
    })();

    etcdserverpb.AuthUserAddRequest = (function() {

        /**
         * Properties of an AuthUserAddRequest.
         * @memberof etcdserverpb
         * @interface IAuthUserAddRequest
         * @property {string|null} [name] AuthUserAddRequest name
         * @property {string|null} [password] AuthUserAddRequest password
         * @property {authpb.IUserAddOptions|null} [options] AuthUserAddRequest options
         */

        /**
         * Constructs a new AuthUserAddRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserAddRequest.
         * @implements IAuthUserAddRequest
         * @constructor
         * @param {etcdserverpb.IAuthUserAddRequest=} [properties] Properties to set
         */
        function AuthUserAddRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserAddRequest name.
         * @member {string} name
         * @memberof etcdserverpb.AuthUserAddRequest
         * @instance
         */
        AuthUserAddRequest.prototype.name = "";

        /**
         * AuthUserAddRequest password.
         * @member {string} password
         * @memberof etcdserverpb.AuthUserAddRequest
         * @instance
         */
        AuthUserAddRequest.prototype.password = "";

        /**
         * AuthUserAddRequest options.
         * @member {authpb.IUserAddOptions|null|undefined} options
         * @memberof etcdserverpb.AuthUserAddRequest
         * @instance
         */
        AuthUserAddRequest.prototype.options = null;

        /**
         * Creates a new AuthUserAddRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserAddRequest
         * @static
         * @param {etcdserverpb.IAuthUserAddRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserAddRequest} AuthUserAddRequest instance
         */
        AuthUserAddRequest.create = function create(properties) {
            return new AuthUserAddRequest(properties);
        };

        /**
         * Encodes the specified AuthUserAddRequest message. Does not implicitly {@link etcdserverpb.AuthUserAddRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserAddRequest
         * @static
         * @param {etcdserverpb.IAuthUserAddRequest} message AuthUserAddRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserAddRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.password != null && Object.hasOwnProperty.call(message, "password"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
            if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                $root.authpb.UserAddOptions.encode(message.options, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthUserAddRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserAddRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserAddRequest} AuthUserAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserAddRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserAddRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.password = reader.string();
                        break;
                    }
                case 3: {
                        message.options = $root.authpb.UserAddOptions.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserAddRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserAddRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserAddRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserAddRequest";
        };

        return AuthUserAddRequest;
    })();

    etcdserverpb.AuthUserGetRequest = (function() {

        /**
         * Properties of an AuthUserGetRequest.
         * @memberof etcdserverpb
         * @interface IAuthUserGetRequest
         * @property {string|null} [name] AuthUserGetRequest name
         */

        /**
         * Constructs a new AuthUserGetRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserGetRequest.
         * @implements IAuthUserGetRequest
         * @constructor
         * @param {etcdserverpb.IAuthUserGetRequest=} [properties] Properties to set
         */
        function AuthUserGetRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserGetRequest name.
         * @member {string} name
         * @memberof etcdserverpb.AuthUserGetRequest
         * @instance
         */
        AuthUserGetRequest.prototype.name = "";

        /**
         * Creates a new AuthUserGetRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserGetRequest
         * @static
         * @param {etcdserverpb.IAuthUserGetRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserGetRequest} AuthUserGetRequest instance
         */
        AuthUserGetRequest.create = function create(properties) {
            return new AuthUserGetRequest(properties);
        };

        /**
         * Encodes the specified AuthUserGetRequest message. Does not implicitly {@link etcdserverpb.AuthUserGetRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserGetRequest
         * @static
         * @param {etcdserverpb.IAuthUserGetRequest} message AuthUserGetRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserGetRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            return writer;
        };

        /**
         * Decodes an AuthUserGetRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserGetRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserGetRequest} AuthUserGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserGetRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserGetRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserGetRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserGetRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserGetRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserGetRequest";
        };

        return AuthUserGetRequest;
    })();

    etcdserverpb.AuthUserDeleteRequest = (function() {

        /**
         * Properties of an AuthUserDeleteRequest.
         * @memberof etcdserverpb
         * @interface IAuthUserDeleteRequest
         * @property {string|null} [name] AuthUserDeleteRequest name
         */

        /**
         * Constructs a new AuthUserDeleteRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserDeleteRequest.
         * @implements IAuthUserDeleteRequest
         * @constructor
         * @param {etcdserverpb.IAuthUserDeleteRequest=} [properties] Properties to set
         */
        function AuthUserDeleteRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserDeleteRequest name.
         * @member {string} name
         * @memberof etcdserverpb.AuthUserDeleteRequest
         * @instance
         */
        AuthUserDeleteRequest.prototype.name = "";

        /**
         * Creates a new AuthUserDeleteRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserDeleteRequest
         * @static
         * @param {etcdserverpb.IAuthUserDeleteRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserDeleteRequest} AuthUserDeleteRequest instance
         */
        AuthUserDeleteRequest.create = function create(properties) {
            return new AuthUserDeleteRequest(properties);
        };

        /**
         * Encodes the specified AuthUserDeleteRequest message. Does not implicitly {@link etcdserverpb.AuthUserDeleteRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserDeleteRequest
         * @static
         * @param {etcdserverpb.IAuthUserDeleteRequest} message AuthUserDeleteRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserDeleteRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            return writer;
        };

        /**
         * Decodes an AuthUserDeleteRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserDeleteRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserDeleteRequest} AuthUserDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserDeleteRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserDeleteRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserDeleteRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserDeleteRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserDeleteRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserDeleteRequest";
        };

        return AuthUserDeleteRequest;
    })();

    etcdserverpb.AuthUserChangePasswordRequest = (function() {

        /**
         * Properties of an AuthUserChangePasswordRequest.
         * @memberof etcdserverpb
         * @interface IAuthUserChangePasswordRequest
         * @property {string|null} [name] AuthUserChangePasswordRequest name
         * @property {string|null} [password] AuthUserChangePasswordRequest password
         */

        /**
         * Constructs a new AuthUserChangePasswordRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserChangePasswordRequest.
         * @implements IAuthUserChangePasswordRequest
         * @constructor
         * @param {etcdserverpb.IAuthUserChangePasswordRequest=} [properties] Properties to set
         */
        function AuthUserChangePasswordRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserChangePasswordRequest name.
         * @member {string} name
         * @memberof etcdserverpb.AuthUserChangePasswordRequest
         * @instance
         */
        AuthUserChangePasswordRequest.prototype.name = "";

        /**
         * AuthUserChangePasswordRequest password.
         * @member {string} password
         * @memberof etcdserverpb.AuthUserChangePasswordRequest
         * @instance
         */
        AuthUserChangePasswordRequest.prototype.password = "";

        /**
         * Creates a new AuthUserChangePasswordRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserChangePasswordRequest
         * @static
         * @param {etcdserverpb.IAuthUserChangePasswordRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserChangePasswordRequest} AuthUserChangePasswordRequest instance
         */
        AuthUserChangePasswordRequest.create = function create(properties) {
            return new AuthUserChangePasswordRequest(properties);
        };

        /**
         * Encodes the specified AuthUserChangePasswordRequest message. Does not implicitly {@link etcdserverpb.AuthUserChangePasswordRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserChangePasswordRequest
         * @static
         * @param {etcdserverpb.IAuthUserChangePasswordRequest} message AuthUserChangePasswordRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserChangePasswordRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.password != null && Object.hasOwnProperty.call(message, "password"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.password);
            return writer;
        };

        /**
         * Decodes an AuthUserChangePasswordRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserChangePasswordRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserChangePasswordRequest} AuthUserChangePasswordRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserChangePasswordRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserChangePasswordRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.password = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserChangePasswordRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserChangePasswordRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserChangePasswordRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserChangePasswordRequest";
        };

        return AuthUserChangePasswordRequest;
    })();

    etcdserverpb.AuthUserGrantRoleRequest = (function() {

        /**
         * Properties of an AuthUserGrantRoleRequest.
         * @memberof etcdserverpb
         * @interface IAuthUserGrantRoleRequest
         * @property {string|null} [user] AuthUserGrantRoleRequest user
         * @property {string|null} [role] AuthUserGrantRoleRequest role
         */

        /**
         * Constructs a new AuthUserGrantRoleRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserGrantRoleRequest.
         * @implements IAuthUserGrantRoleRequest
         * @constructor
         * @param {etcdserverpb.IAuthUserGrantRoleRequest=} [properties] Properties to set
         */
        function AuthUserGrantRoleRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserGrantRoleRequest user.
         * @member {string} user
         * @memberof etcdserverpb.AuthUserGrantRoleRequest
         * @instance
         */
        AuthUserGrantRoleRequest.prototype.user = "";

        /**
         * AuthUserGrantRoleRequest role.
         * @member {string} role
         * @memberof etcdserverpb.AuthUserGrantRoleRequest
         * @instance
         */
        AuthUserGrantRoleRequest.prototype.role = "";

        /**
         * Creates a new AuthUserGrantRoleRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserGrantRoleRequest
         * @static
         * @param {etcdserverpb.IAuthUserGrantRoleRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserGrantRoleRequest} AuthUserGrantRoleRequest instance
         */
        AuthUserGrantRoleRequest.create = function create(properties) {
            return new AuthUserGrantRoleRequest(properties);
        };

        /**
         * Encodes the specified AuthUserGrantRoleRequest message. Does not implicitly {@link etcdserverpb.AuthUserGrantRoleRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserGrantRoleRequest
         * @static
         * @param {etcdserverpb.IAuthUserGrantRoleRequest} message AuthUserGrantRoleRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserGrantRoleRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.user != null && Object.hasOwnProperty.call(message, "user"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.user);
            if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
            return writer;
        };

        /**
         * Decodes an AuthUserGrantRoleRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserGrantRoleRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserGrantRoleRequest} AuthUserGrantRoleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserGrantRoleRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserGrantRoleRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.user = reader.string();
                        break;
                    }
                case 2: {
                        message.role = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserGrantRoleRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserGrantRoleRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserGrantRoleRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserGrantRoleRequest";
        };

        return AuthUserGrantRoleRequest;
    })();

    etcdserverpb.AuthUserRevokeRoleRequest = (function() {

        /**
         * Properties of an AuthUserRevokeRoleRequest.
         * @memberof etcdserverpb
         * @interface IAuthUserRevokeRoleRequest
         * @property {string|null} [name] AuthUserRevokeRoleRequest name
         * @property {string|null} [role] AuthUserRevokeRoleRequest role
         */

        /**
         * Constructs a new AuthUserRevokeRoleRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserRevokeRoleRequest.
         * @implements IAuthUserRevokeRoleRequest
         * @constructor
         * @param {etcdserverpb.IAuthUserRevokeRoleRequest=} [properties] Properties to set
         */
        function AuthUserRevokeRoleRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserRevokeRoleRequest name.
         * @member {string} name
         * @memberof etcdserverpb.AuthUserRevokeRoleRequest
         * @instance
         */
        AuthUserRevokeRoleRequest.prototype.name = "";

        /**
         * AuthUserRevokeRoleRequest role.
         * @member {string} role
         * @memberof etcdserverpb.AuthUserRevokeRoleRequest
         * @instance
         */
        AuthUserRevokeRoleRequest.prototype.role = "";

        /**
         * Creates a new AuthUserRevokeRoleRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserRevokeRoleRequest
         * @static
         * @param {etcdserverpb.IAuthUserRevokeRoleRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserRevokeRoleRequest} AuthUserRevokeRoleRequest instance
         */
        AuthUserRevokeRoleRequest.create = function create(properties) {
            return new AuthUserRevokeRoleRequest(properties);
        };

        /**
         * Encodes the specified AuthUserRevokeRoleRequest message. Does not implicitly {@link etcdserverpb.AuthUserRevokeRoleRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserRevokeRoleRequest
         * @static
         * @param {etcdserverpb.IAuthUserRevokeRoleRequest} message AuthUserRevokeRoleRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserRevokeRoleRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
            return writer;
        };

        /**
         * Decodes an AuthUserRevokeRoleRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserRevokeRoleRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserRevokeRoleRequest} AuthUserRevokeRoleRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserRevokeRoleRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserRevokeRoleRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.role = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserRevokeRoleRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserRevokeRoleRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserRevokeRoleRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserRevokeRoleRequest";
        };

        return AuthUserRevokeRoleRequest;
    })();

    etcdserverpb.AuthRoleAddRequest = (function() {

        /**
         * Properties of an AuthRoleAddRequest.
         * @memberof etcdserverpb
         * @interface IAuthRoleAddRequest
         * @property {string|null} [name] AuthRoleAddRequest name
         */

        /**
         * Constructs a new AuthRoleAddRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleAddRequest.
         * @implements IAuthRoleAddRequest
         * @constructor
         * @param {etcdserverpb.IAuthRoleAddRequest=} [properties] Properties to set
         */
        function AuthRoleAddRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthRoleAddRequest name.
         * @member {string} name
         * @memberof etcdserverpb.AuthRoleAddRequest
         * @instance
         */
        AuthRoleAddRequest.prototype.name = "";

        /**
         * Creates a new AuthRoleAddRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleAddRequest
         * @static
         * @param {etcdserverpb.IAuthRoleAddRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleAddRequest} AuthRoleAddRequest instance
         */
        AuthRoleAddRequest.create = function create(properties) {
            return new AuthRoleAddRequest(properties);
        };

        /**
         * Encodes the specified AuthRoleAddRequest message. Does not implicitly {@link etcdserverpb.AuthRoleAddRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleAddRequest
         * @static
         * @param {etcdserverpb.IAuthRoleAddRequest} message AuthRoleAddRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleAddRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            return writer;
        };

        /**
         * Decodes an AuthRoleAddRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleAddRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleAddRequest} AuthRoleAddRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleAddRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleAddRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleAddRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleAddRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleAddRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleAddRequest";
        };

        return AuthRoleAddRequest;
    })();

    etcdserverpb.AuthRoleGetRequest = (function() {

        /**
         * Properties of an AuthRoleGetRequest.
         * @memberof etcdserverpb
         * @interface IAuthRoleGetRequest
         * @property {string|null} [role] AuthRoleGetRequest role
         */

        /**
         * Constructs a new AuthRoleGetRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleGetRequest.
         * @implements IAuthRoleGetRequest
         * @constructor
         * @param {etcdserverpb.IAuthRoleGetRequest=} [properties] Properties to set
         */
        function AuthRoleGetRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthRoleGetRequest role.
         * @member {string} role
         * @memberof etcdserverpb.AuthRoleGetRequest
         * @instance
         */
        AuthRoleGetRequest.prototype.role = "";

        /**
         * Creates a new AuthRoleGetRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleGetRequest
         * @static
         * @param {etcdserverpb.IAuthRoleGetRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleGetRequest} AuthRoleGetRequest instance
         */
        AuthRoleGetRequest.create = function create(properties) {
            return new AuthRoleGetRequest(properties);
        };

        /**
         * Encodes the specified AuthRoleGetRequest message. Does not implicitly {@link etcdserverpb.AuthRoleGetRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleGetRequest
         * @static
         * @param {etcdserverpb.IAuthRoleGetRequest} message AuthRoleGetRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleGetRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.role);
            return writer;
        };

        /**
         * Decodes an AuthRoleGetRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleGetRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleGetRequest} AuthRoleGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleGetRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleGetRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.role = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleGetRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleGetRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleGetRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleGetRequest";
        };

        return AuthRoleGetRequest;
    })();

    etcdserverpb.AuthUserListRequest = (function() {

        /**
         * Properties of an AuthUserListRequest.
         * @memberof etcdserverpb
         * @interface IAuthUserListRequest
         */

        /**
         * Constructs a new AuthUserListRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserListRequest.
         * @implements IAuthUserListRequest
         * @constructor
         * @param {etcdserverpb.IAuthUserListRequest=} [properties] Properties to set
         */
        function AuthUserListRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new AuthUserListRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserListRequest
         * @static
         * @param {etcdserverpb.IAuthUserListRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserListRequest} AuthUserListRequest instance
         */
        AuthUserListRequest.create = function create(properties) {
            return new AuthUserListRequest(properties);
        };

        /**
         * Encodes the specified AuthUserListRequest message. Does not implicitly {@link etcdserverpb.AuthUserListRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserListRequest
         * @static
         * @param {etcdserverpb.IAuthUserListRequest} message AuthUserListRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserListRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes an AuthUserListRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserListRequest} AuthUserListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserListRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserListRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserListRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserListRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserListRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserListRequest";
        };

        return AuthUserListRequest;
    })();

    etcdserverpb.AuthRoleListRequest = (function() {

        /**
         * Properties of an AuthRoleListRequest.
         * @memberof etcdserverpb
         * @interface IAuthRoleListRequest
         */

        /**
         * Constructs a new AuthRoleListRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleListRequest.
         * @implements IAuthRoleListRequest
         * @constructor
         * @param {etcdserverpb.IAuthRoleListRequest=} [properties] Properties to set
         */
        function AuthRoleListRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new AuthRoleListRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleListRequest
         * @static
         * @param {etcdserverpb.IAuthRoleListRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleListRequest} AuthRoleListRequest instance
         */
        AuthRoleListRequest.create = function create(properties) {
            return new AuthRoleListRequest(properties);
        };

        /**
         * Encodes the specified AuthRoleListRequest message. Does not implicitly {@link etcdserverpb.AuthRoleListRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleListRequest
         * @static
         * @param {etcdserverpb.IAuthRoleListRequest} message AuthRoleListRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleListRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes an AuthRoleListRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleListRequest} AuthRoleListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleListRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleListRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleListRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleListRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleListRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleListRequest";
        };

        return AuthRoleListRequest;
    })();

    etcdserverpb.AuthRoleDeleteRequest = (function() {

        /**
         * Properties of an AuthRoleDeleteRequest.
         * @memberof etcdserverpb
         * @interface IAuthRoleDeleteRequest
         * @property {string|null} [role] AuthRoleDeleteRequest role
         */

        /**
         * Constructs a new AuthRoleDeleteRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleDeleteRequest.
         * @implements IAuthRoleDeleteRequest
         * @constructor
         * @param {etcdserverpb.IAuthRoleDeleteRequest=} [properties] Properties to set
         */
        function AuthRoleDeleteRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthRoleDeleteRequest role.
         * @member {string} role
         * @memberof etcdserverpb.AuthRoleDeleteRequest
         * @instance
         */
        AuthRoleDeleteRequest.prototype.role = "";

        /**
         * Creates a new AuthRoleDeleteRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleDeleteRequest
         * @static
         * @param {etcdserverpb.IAuthRoleDeleteRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleDeleteRequest} AuthRoleDeleteRequest instance
         */
        AuthRoleDeleteRequest.create = function create(properties) {
            return new AuthRoleDeleteRequest(properties);
        };

        /**
         * Encodes the specified AuthRoleDeleteRequest message. Does not implicitly {@link etcdserverpb.AuthRoleDeleteRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleDeleteRequest
         * @static
         * @param {etcdserverpb.IAuthRoleDeleteRequest} message AuthRoleDeleteRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleDeleteRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.role);
            return writer;
        };

        /**
         * Decodes an AuthRoleDeleteRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleDeleteRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleDeleteRequest} AuthRoleDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleDeleteRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleDeleteRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.role = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleDeleteRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleDeleteRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleDeleteRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleDeleteRequest";
        };

        return AuthRoleDeleteRequest;
    })();

    etcdserverpb.AuthRoleGrantPermissionRequest = (function() {

        /**
         * Properties of an AuthRoleGrantPermissionRequest.
         * @memberof etcdserverpb
         * @interface IAuthRoleGrantPermissionRequest
         * @property {string|null} [name] AuthRoleGrantPermissionRequest name
         * @property {authpb.IPermission|null} [perm] AuthRoleGrantPermissionRequest perm
         */

        /**
         * Constructs a new AuthRoleGrantPermissionRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleGrantPermissionRequest.
         * @implements IAuthRoleGrantPermissionRequest
         * @constructor
         * @param {etcdserverpb.IAuthRoleGrantPermissionRequest=} [properties] Properties to set
         */
        function AuthRoleGrantPermissionRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthRoleGrantPermissionRequest name.
         * @member {string} name
         * @memberof etcdserverpb.AuthRoleGrantPermissionRequest
         * @instance
         */
        AuthRoleGrantPermissionRequest.prototype.name = "";

        /**
         * AuthRoleGrantPermissionRequest perm.
         * @member {authpb.IPermission|null|undefined} perm
         * @memberof etcdserverpb.AuthRoleGrantPermissionRequest
         * @instance
         */
        AuthRoleGrantPermissionRequest.prototype.perm = null;

        /**
         * Creates a new AuthRoleGrantPermissionRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleGrantPermissionRequest
         * @static
         * @param {etcdserverpb.IAuthRoleGrantPermissionRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleGrantPermissionRequest} AuthRoleGrantPermissionRequest instance
         */
        AuthRoleGrantPermissionRequest.create = function create(properties) {
            return new AuthRoleGrantPermissionRequest(properties);
        };

        /**
         * Encodes the specified AuthRoleGrantPermissionRequest message. Does not implicitly {@link etcdserverpb.AuthRoleGrantPermissionRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleGrantPermissionRequest
         * @static
         * @param {etcdserverpb.IAuthRoleGrantPermissionRequest} message AuthRoleGrantPermissionRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleGrantPermissionRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.perm != null && Object.hasOwnProperty.call(message, "perm"))
                $root.authpb.Permission.encode(message.perm, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthRoleGrantPermissionRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleGrantPermissionRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleGrantPermissionRequest} AuthRoleGrantPermissionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleGrantPermissionRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleGrantPermissionRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.perm = $root.authpb.Permission.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleGrantPermissionRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleGrantPermissionRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleGrantPermissionRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleGrantPermissionRequest";
        };

        return AuthRoleGrantPermissionRequest;
    })();

    etcdserverpb.AuthRoleRevokePermissionRequest = (function() {

        /**
         * Properties of an AuthRoleRevokePermissionRequest.
         * @memberof etcdserverpb
         * @interface IAuthRoleRevokePermissionRequest
         * @property {string|null} [role] AuthRoleRevokePermissionRequest role
         * @property {Uint8Array|null} [key] AuthRoleRevokePermissionRequest key
         * @property {Uint8Array|null} [rangeEnd] AuthRoleRevokePermissionRequest rangeEnd
         */

        /**
         * Constructs a new AuthRoleRevokePermissionRequest.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleRevokePermissionRequest.
         * @implements IAuthRoleRevokePermissionRequest
         * @constructor
         * @param {etcdserverpb.IAuthRoleRevokePermissionRequest=} [properties] Properties to set
         */
        function AuthRoleRevokePermissionRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthRoleRevokePermissionRequest role.
         * @member {string} role
         * @memberof etcdserverpb.AuthRoleRevokePermissionRequest
         * @instance
         */
        AuthRoleRevokePermissionRequest.prototype.role = "";

        /**
         * AuthRoleRevokePermissionRequest key.
         * @member {Uint8Array} key
         * @memberof etcdserverpb.AuthRoleRevokePermissionRequest
         * @instance
         */
        AuthRoleRevokePermissionRequest.prototype.key = $util.newBuffer([]);

        /**
         * AuthRoleRevokePermissionRequest rangeEnd.
         * @member {Uint8Array} rangeEnd
         * @memberof etcdserverpb.AuthRoleRevokePermissionRequest
         * @instance
         */
        AuthRoleRevokePermissionRequest.prototype.rangeEnd = $util.newBuffer([]);

        /**
         * Creates a new AuthRoleRevokePermissionRequest instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleRevokePermissionRequest
         * @static
         * @param {etcdserverpb.IAuthRoleRevokePermissionRequest=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleRevokePermissionRequest} AuthRoleRevokePermissionRequest instance
         */
        AuthRoleRevokePermissionRequest.create = function create(properties) {
            return new AuthRoleRevokePermissionRequest(properties);
        };

        /**
         * Encodes the specified AuthRoleRevokePermissionRequest message. Does not implicitly {@link etcdserverpb.AuthRoleRevokePermissionRequest.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleRevokePermissionRequest
         * @static
         * @param {etcdserverpb.IAuthRoleRevokePermissionRequest} message AuthRoleRevokePermissionRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleRevokePermissionRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.role);
            if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.key);
            if (message.rangeEnd != null && Object.hasOwnProperty.call(message, "rangeEnd"))
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.rangeEnd);
            return writer;
        };

        /**
         * Decodes an AuthRoleRevokePermissionRequest message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleRevokePermissionRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleRevokePermissionRequest} AuthRoleRevokePermissionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleRevokePermissionRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleRevokePermissionRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.role = reader.string();
                        break;
                    }
                case 2: {
                        message.key = reader.bytes();
                        break;
                    }
                case 3: {
                        message.rangeEnd = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleRevokePermissionRequest
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleRevokePermissionRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleRevokePermissionRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleRevokePermissionRequest";
        };

        return AuthRoleRevokePermissionRequest;
    })();

    etcdserverpb.AuthEnableResponse = (function() {

        /**
         * Properties of an AuthEnableResponse.
         * @memberof etcdserverpb
         * @interface IAuthEnableResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthEnableResponse header
         */

        /**
         * Constructs a new AuthEnableResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthEnableResponse.
         * @implements IAuthEnableResponse
         * @constructor
         * @param {etcdserverpb.IAuthEnableResponse=} [properties] Properties to set
         */
        function AuthEnableResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthEnableResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthEnableResponse
         * @instance
         */
        AuthEnableResponse.prototype.header = null;

        /**
         * Creates a new AuthEnableResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthEnableResponse
         * @static
         * @param {etcdserverpb.IAuthEnableResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthEnableResponse} AuthEnableResponse instance
         */
        AuthEnableResponse.create = function create(properties) {
            return new AuthEnableResponse(properties);
        };

        /**
         * Encodes the specified AuthEnableResponse message. Does not implicitly {@link etcdserverpb.AuthEnableResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthEnableResponse
         * @static
         * @param {etcdserverpb.IAuthEnableResponse} message AuthEnableResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthEnableResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthEnableResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthEnableResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthEnableResponse} AuthEnableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthEnableResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthEnableResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthEnableResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthEnableResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthEnableResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthEnableResponse";
        };

        return AuthEnableResponse;
    })();

    etcdserverpb.AuthDisableResponse = (function() {

        /**
         * Properties of an AuthDisableResponse.
         * @memberof etcdserverpb
         * @interface IAuthDisableResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthDisableResponse header
         */

        /**
         * Constructs a new AuthDisableResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthDisableResponse.
         * @implements IAuthDisableResponse
         * @constructor
         * @param {etcdserverpb.IAuthDisableResponse=} [properties] Properties to set
         */
        function AuthDisableResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthDisableResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthDisableResponse
         * @instance
         */
        AuthDisableResponse.prototype.header = null;

        /**
         * Creates a new AuthDisableResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthDisableResponse
         * @static
         * @param {etcdserverpb.IAuthDisableResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthDisableResponse} AuthDisableResponse instance
         */
        AuthDisableResponse.create = function create(properties) {
            return new AuthDisableResponse(properties);
        };

        /**
         * Encodes the specified AuthDisableResponse message. Does not implicitly {@link etcdserverpb.AuthDisableResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthDisableResponse
         * @static
         * @param {etcdserverpb.IAuthDisableResponse} message AuthDisableResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthDisableResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthDisableResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthDisableResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthDisableResponse} AuthDisableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthDisableResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthDisableResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthDisableResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthDisableResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthDisableResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthDisableResponse";
        };

        return AuthDisableResponse;
    })();

    etcdserverpb.AuthStatusResponse = (function() {

        /**
         * Properties of an AuthStatusResponse.
         * @memberof etcdserverpb
         * @interface IAuthStatusResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthStatusResponse header
         * @property {boolean|null} [enabled] AuthStatusResponse enabled
         * @property {number|Long|null} [authRevision] AuthStatusResponse authRevision
         */

        /**
         * Constructs a new AuthStatusResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthStatusResponse.
         * @implements IAuthStatusResponse
         * @constructor
         * @param {etcdserverpb.IAuthStatusResponse=} [properties] Properties to set
         */
        function AuthStatusResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthStatusResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthStatusResponse
         * @instance
         */
        AuthStatusResponse.prototype.header = null;

        /**
         * AuthStatusResponse enabled.
         * @member {boolean} enabled
         * @memberof etcdserverpb.AuthStatusResponse
         * @instance
         */
        AuthStatusResponse.prototype.enabled = false;

        /**
         * AuthStatusResponse authRevision.
         * @member {number|Long} authRevision
         * @memberof etcdserverpb.AuthStatusResponse
         * @instance
         */
        AuthStatusResponse.prototype.authRevision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new AuthStatusResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthStatusResponse
         * @static
         * @param {etcdserverpb.IAuthStatusResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthStatusResponse} AuthStatusResponse instance
         */
        AuthStatusResponse.create = function create(properties) {
            return new AuthStatusResponse(properties);
        };

        /**
         * Encodes the specified AuthStatusResponse message. Does not implicitly {@link etcdserverpb.AuthStatusResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthStatusResponse
         * @static
         * @param {etcdserverpb.IAuthStatusResponse} message AuthStatusResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthStatusResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.enabled != null && Object.hasOwnProperty.call(message, "enabled"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.enabled);
            if (message.authRevision != null && Object.hasOwnProperty.call(message, "authRevision"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.authRevision);
            return writer;
        };

        /**
         * Decodes an AuthStatusResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthStatusResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthStatusResponse} AuthStatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthStatusResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthStatusResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.enabled = reader.bool();
                        break;
                    }
                case 3: {
                        message.authRevision = reader.uint64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthStatusResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthStatusResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthStatusResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthStatusResponse";
        };

        return AuthStatusResponse;
    })();

    etcdserverpb.AuthenticateResponse = (function() {

        /**
         * Properties of an AuthenticateResponse.
         * @memberof etcdserverpb
         * @interface IAuthenticateResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthenticateResponse header
         * @property {string|null} [token] AuthenticateResponse token
         */

        /**
         * Constructs a new AuthenticateResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthenticateResponse.
         * @implements IAuthenticateResponse
         * @constructor
         * @param {etcdserverpb.IAuthenticateResponse=} [properties] Properties to set
         */
        function AuthenticateResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthenticateResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthenticateResponse
         * @instance
         */
        AuthenticateResponse.prototype.header = null;

        /**
         * AuthenticateResponse token.
         * @member {string} token
         * @memberof etcdserverpb.AuthenticateResponse
         * @instance
         */
        AuthenticateResponse.prototype.token = "";

        /**
         * Creates a new AuthenticateResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthenticateResponse
         * @static
         * @param {etcdserverpb.IAuthenticateResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthenticateResponse} AuthenticateResponse instance
         */
        AuthenticateResponse.create = function create(properties) {
            return new AuthenticateResponse(properties);
        };

        /**
         * Encodes the specified AuthenticateResponse message. Does not implicitly {@link etcdserverpb.AuthenticateResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthenticateResponse
         * @static
         * @param {etcdserverpb.IAuthenticateResponse} message AuthenticateResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthenticateResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.token != null && Object.hasOwnProperty.call(message, "token"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.token);
            return writer;
        };

        /**
         * Decodes an AuthenticateResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthenticateResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthenticateResponse} AuthenticateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthenticateResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthenticateResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.token = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthenticateResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthenticateResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthenticateResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthenticateResponse";
        };

        return AuthenticateResponse;
    })();

    etcdserverpb.AuthUserAddResponse = (function() {

        /**
         * Properties of an AuthUserAddResponse.
         * @memberof etcdserverpb
         * @interface IAuthUserAddResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthUserAddResponse header
         */

        /**
         * Constructs a new AuthUserAddResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserAddResponse.
         * @implements IAuthUserAddResponse
         * @constructor
         * @param {etcdserverpb.IAuthUserAddResponse=} [properties] Properties to set
         */
        function AuthUserAddResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserAddResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthUserAddResponse
         * @instance
         */
        AuthUserAddResponse.prototype.header = null;

        /**
         * Creates a new AuthUserAddResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserAddResponse
         * @static
         * @param {etcdserverpb.IAuthUserAddResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserAddResponse} AuthUserAddResponse instance
         */
        AuthUserAddResponse.create = function create(properties) {
            return new AuthUserAddResponse(properties);
        };

        /**
         * Encodes the specified AuthUserAddResponse message. Does not implicitly {@link etcdserverpb.AuthUserAddResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserAddResponse
         * @static
         * @param {etcdserverpb.IAuthUserAddResponse} message AuthUserAddResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserAddResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthUserAddResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserAddResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserAddResponse} AuthUserAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserAddResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserAddResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserAddResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserAddResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserAddResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserAddResponse";
        };

        return AuthUserAddResponse;
    })();

    etcdserverpb.AuthUserGetResponse = (function() {

        /**
         * Properties of an AuthUserGetResponse.
         * @memberof etcdserverpb
         * @interface IAuthUserGetResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthUserGetResponse header
         * @property {Array.<string>|null} [roles] AuthUserGetResponse roles
         */

        /**
         * Constructs a new AuthUserGetResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserGetResponse.
         * @implements IAuthUserGetResponse
         * @constructor
         * @param {etcdserverpb.IAuthUserGetResponse=} [properties] Properties to set
         */
        function AuthUserGetResponse(properties) {
            this.roles = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserGetResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthUserGetResponse
         * @instance
         */
        AuthUserGetResponse.prototype.header = null;

        /**
         * AuthUserGetResponse roles.
         * @member {Array.<string>} roles
         * @memberof etcdserverpb.AuthUserGetResponse
         * @instance
         */
        AuthUserGetResponse.prototype.roles = $util.emptyArray;

        /**
         * Creates a new AuthUserGetResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserGetResponse
         * @static
         * @param {etcdserverpb.IAuthUserGetResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserGetResponse} AuthUserGetResponse instance
         */
        AuthUserGetResponse.create = function create(properties) {
            return new AuthUserGetResponse(properties);
        };

        /**
         * Encodes the specified AuthUserGetResponse message. Does not implicitly {@link etcdserverpb.AuthUserGetResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserGetResponse
         * @static
         * @param {etcdserverpb.IAuthUserGetResponse} message AuthUserGetResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserGetResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.roles != null && message.roles.length)
                for (let i = 0; i < message.roles.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.roles[i]);
            return writer;
        };

        /**
         * Decodes an AuthUserGetResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserGetResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserGetResponse} AuthUserGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserGetResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserGetResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        if (!(message.roles && message.roles.length))
                            message.roles = [];
                        message.roles.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserGetResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserGetResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserGetResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserGetResponse";
        };

        return AuthUserGetResponse;
    })();

    etcdserverpb.AuthUserDeleteResponse = (function() {

        /**
         * Properties of an AuthUserDeleteResponse.
         * @memberof etcdserverpb
         * @interface IAuthUserDeleteResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthUserDeleteResponse header
         */

        /**
         * Constructs a new AuthUserDeleteResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserDeleteResponse.
         * @implements IAuthUserDeleteResponse
         * @constructor
         * @param {etcdserverpb.IAuthUserDeleteResponse=} [properties] Properties to set
         */
        function AuthUserDeleteResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserDeleteResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthUserDeleteResponse
         * @instance
         */
        AuthUserDeleteResponse.prototype.header = null;

        /**
         * Creates a new AuthUserDeleteResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserDeleteResponse
         * @static
         * @param {etcdserverpb.IAuthUserDeleteResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserDeleteResponse} AuthUserDeleteResponse instance
         */
        AuthUserDeleteResponse.create = function create(properties) {
            return new AuthUserDeleteResponse(properties);
        };

        /**
         * Encodes the specified AuthUserDeleteResponse message. Does not implicitly {@link etcdserverpb.AuthUserDeleteResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserDeleteResponse
         * @static
         * @param {etcdserverpb.IAuthUserDeleteResponse} message AuthUserDeleteResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserDeleteResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthUserDeleteResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserDeleteResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserDeleteResponse} AuthUserDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserDeleteResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserDeleteResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserDeleteResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserDeleteResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserDeleteResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserDeleteResponse";
        };

        return AuthUserDeleteResponse;
    })();

    etcdserverpb.AuthUserChangePasswordResponse = (function() {

        /**
         * Properties of an AuthUserChangePasswordResponse.
         * @memberof etcdserverpb
         * @interface IAuthUserChangePasswordResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthUserChangePasswordResponse header
         */

        /**
         * Constructs a new AuthUserChangePasswordResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserChangePasswordResponse.
         * @implements IAuthUserChangePasswordResponse
         * @constructor
         * @param {etcdserverpb.IAuthUserChangePasswordResponse=} [properties] Properties to set
         */
        function AuthUserChangePasswordResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserChangePasswordResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthUserChangePasswordResponse
         * @instance
         */
        AuthUserChangePasswordResponse.prototype.header = null;

        /**
         * Creates a new AuthUserChangePasswordResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserChangePasswordResponse
         * @static
         * @param {etcdserverpb.IAuthUserChangePasswordResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserChangePasswordResponse} AuthUserChangePasswordResponse instance
         */
        AuthUserChangePasswordResponse.create = function create(properties) {
            return new AuthUserChangePasswordResponse(properties);
        };

        /**
         * Encodes the specified AuthUserChangePasswordResponse message. Does not implicitly {@link etcdserverpb.AuthUserChangePasswordResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserChangePasswordResponse
         * @static
         * @param {etcdserverpb.IAuthUserChangePasswordResponse} message AuthUserChangePasswordResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserChangePasswordResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthUserChangePasswordResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserChangePasswordResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserChangePasswordResponse} AuthUserChangePasswordResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserChangePasswordResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserChangePasswordResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserChangePasswordResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserChangePasswordResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserChangePasswordResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserChangePasswordResponse";
        };

        return AuthUserChangePasswordResponse;
    })();

    etcdserverpb.AuthUserGrantRoleResponse = (function() {

        /**
         * Properties of an AuthUserGrantRoleResponse.
         * @memberof etcdserverpb
         * @interface IAuthUserGrantRoleResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthUserGrantRoleResponse header
         */

        /**
         * Constructs a new AuthUserGrantRoleResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserGrantRoleResponse.
         * @implements IAuthUserGrantRoleResponse
         * @constructor
         * @param {etcdserverpb.IAuthUserGrantRoleResponse=} [properties] Properties to set
         */
        function AuthUserGrantRoleResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserGrantRoleResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthUserGrantRoleResponse
         * @instance
         */
        AuthUserGrantRoleResponse.prototype.header = null;

        /**
         * Creates a new AuthUserGrantRoleResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserGrantRoleResponse
         * @static
         * @param {etcdserverpb.IAuthUserGrantRoleResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserGrantRoleResponse} AuthUserGrantRoleResponse instance
         */
        AuthUserGrantRoleResponse.create = function create(properties) {
            return new AuthUserGrantRoleResponse(properties);
        };

        /**
         * Encodes the specified AuthUserGrantRoleResponse message. Does not implicitly {@link etcdserverpb.AuthUserGrantRoleResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserGrantRoleResponse
         * @static
         * @param {etcdserverpb.IAuthUserGrantRoleResponse} message AuthUserGrantRoleResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserGrantRoleResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthUserGrantRoleResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserGrantRoleResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserGrantRoleResponse} AuthUserGrantRoleResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserGrantRoleResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserGrantRoleResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserGrantRoleResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserGrantRoleResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserGrantRoleResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserGrantRoleResponse";
        };

        return AuthUserGrantRoleResponse;
    })();

    etcdserverpb.AuthUserRevokeRoleResponse = (function() {

        /**
         * Properties of an AuthUserRevokeRoleResponse.
         * @memberof etcdserverpb
         * @interface IAuthUserRevokeRoleResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthUserRevokeRoleResponse header
         */

        /**
         * Constructs a new AuthUserRevokeRoleResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserRevokeRoleResponse.
         * @implements IAuthUserRevokeRoleResponse
         * @constructor
         * @param {etcdserverpb.IAuthUserRevokeRoleResponse=} [properties] Properties to set
         */
        function AuthUserRevokeRoleResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserRevokeRoleResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthUserRevokeRoleResponse
         * @instance
         */
        AuthUserRevokeRoleResponse.prototype.header = null;

        /**
         * Creates a new AuthUserRevokeRoleResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserRevokeRoleResponse
         * @static
         * @param {etcdserverpb.IAuthUserRevokeRoleResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserRevokeRoleResponse} AuthUserRevokeRoleResponse instance
         */
        AuthUserRevokeRoleResponse.create = function create(properties) {
            return new AuthUserRevokeRoleResponse(properties);
        };

        /**
         * Encodes the specified AuthUserRevokeRoleResponse message. Does not implicitly {@link etcdserverpb.AuthUserRevokeRoleResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserRevokeRoleResponse
         * @static
         * @param {etcdserverpb.IAuthUserRevokeRoleResponse} message AuthUserRevokeRoleResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserRevokeRoleResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthUserRevokeRoleResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserRevokeRoleResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserRevokeRoleResponse} AuthUserRevokeRoleResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserRevokeRoleResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserRevokeRoleResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserRevokeRoleResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserRevokeRoleResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserRevokeRoleResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserRevokeRoleResponse";
        };

        return AuthUserRevokeRoleResponse;
    })();

    etcdserverpb.AuthRoleAddResponse = (function() {

        /**
         * Properties of an AuthRoleAddResponse.
         * @memberof etcdserverpb
         * @interface IAuthRoleAddResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthRoleAddResponse header
         */

        /**
         * Constructs a new AuthRoleAddResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleAddResponse.
         * @implements IAuthRoleAddResponse
         * @constructor
         * @param {etcdserverpb.IAuthRoleAddResponse=} [properties] Properties to set
         */
        function AuthRoleAddResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthRoleAddResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthRoleAddResponse
         * @instance
         */
        AuthRoleAddResponse.prototype.header = null;

        /**
         * Creates a new AuthRoleAddResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleAddResponse
         * @static
         * @param {etcdserverpb.IAuthRoleAddResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleAddResponse} AuthRoleAddResponse instance
         */
        AuthRoleAddResponse.create = function create(properties) {
            return new AuthRoleAddResponse(properties);
        };

        /**
         * Encodes the specified AuthRoleAddResponse message. Does not implicitly {@link etcdserverpb.AuthRoleAddResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleAddResponse
         * @static
         * @param {etcdserverpb.IAuthRoleAddResponse} message AuthRoleAddResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleAddResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthRoleAddResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleAddResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleAddResponse} AuthRoleAddResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleAddResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleAddResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleAddResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleAddResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleAddResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleAddResponse";
        };

        return AuthRoleAddResponse;
    })();

    etcdserverpb.AuthRoleGetResponse = (function() {

        /**
         * Properties of an AuthRoleGetResponse.
         * @memberof etcdserverpb
         * @interface IAuthRoleGetResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthRoleGetResponse header
         * @property {Array.<authpb.IPermission>|null} [perm] AuthRoleGetResponse perm
         */

        /**
         * Constructs a new AuthRoleGetResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleGetResponse.
         * @implements IAuthRoleGetResponse
         * @constructor
         * @param {etcdserverpb.IAuthRoleGetResponse=} [properties] Properties to set
         */
        function AuthRoleGetResponse(properties) {
            this.perm = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthRoleGetResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthRoleGetResponse
         * @instance
         */
        AuthRoleGetResponse.prototype.header = null;

        /**
         * AuthRoleGetResponse perm.
         * @member {Array.<authpb.IPermission>} perm
         * @memberof etcdserverpb.AuthRoleGetResponse
         * @instance
         */
        AuthRoleGetResponse.prototype.perm = $util.emptyArray;

        /**
         * Creates a new AuthRoleGetResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleGetResponse
         * @static
         * @param {etcdserverpb.IAuthRoleGetResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleGetResponse} AuthRoleGetResponse instance
         */
        AuthRoleGetResponse.create = function create(properties) {
            return new AuthRoleGetResponse(properties);
        };

        /**
         * Encodes the specified AuthRoleGetResponse message. Does not implicitly {@link etcdserverpb.AuthRoleGetResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleGetResponse
         * @static
         * @param {etcdserverpb.IAuthRoleGetResponse} message AuthRoleGetResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleGetResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.perm != null && message.perm.length)
                for (let i = 0; i < message.perm.length; ++i)
                    $root.authpb.Permission.encode(message.perm[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthRoleGetResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleGetResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleGetResponse} AuthRoleGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleGetResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleGetResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        if (!(message.perm && message.perm.length))
                            message.perm = [];
                        message.perm.push($root.authpb.Permission.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleGetResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleGetResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleGetResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleGetResponse";
        };

        return AuthRoleGetResponse;
    })();

    etcdserverpb.AuthRoleListResponse = (function() {

        /**
         * Properties of an AuthRoleListResponse.
         * @memberof etcdserverpb
         * @interface IAuthRoleListResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthRoleListResponse header
         * @property {Array.<string>|null} [roles] AuthRoleListResponse roles
         */

        /**
         * Constructs a new AuthRoleListResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleListResponse.
         * @implements IAuthRoleListResponse
         * @constructor
         * @param {etcdserverpb.IAuthRoleListResponse=} [properties] Properties to set
         */
        function AuthRoleListResponse(properties) {
            this.roles = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthRoleListResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthRoleListResponse
         * @instance
         */
        AuthRoleListResponse.prototype.header = null;

        /**
         * AuthRoleListResponse roles.
         * @member {Array.<string>} roles
         * @memberof etcdserverpb.AuthRoleListResponse
         * @instance
         */
        AuthRoleListResponse.prototype.roles = $util.emptyArray;

        /**
         * Creates a new AuthRoleListResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleListResponse
         * @static
         * @param {etcdserverpb.IAuthRoleListResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleListResponse} AuthRoleListResponse instance
         */
        AuthRoleListResponse.create = function create(properties) {
            return new AuthRoleListResponse(properties);
        };

        /**
         * Encodes the specified AuthRoleListResponse message. Does not implicitly {@link etcdserverpb.AuthRoleListResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleListResponse
         * @static
         * @param {etcdserverpb.IAuthRoleListResponse} message AuthRoleListResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleListResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.roles != null && message.roles.length)
                for (let i = 0; i < message.roles.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.roles[i]);
            return writer;
        };

        /**
         * Decodes an AuthRoleListResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleListResponse} AuthRoleListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleListResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleListResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        if (!(message.roles && message.roles.length))
                            message.roles = [];
                        message.roles.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleListResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleListResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleListResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleListResponse";
        };

        return AuthRoleListResponse;
    })();

    etcdserverpb.AuthUserListResponse = (function() {

        /**
         * Properties of an AuthUserListResponse.
         * @memberof etcdserverpb
         * @interface IAuthUserListResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthUserListResponse header
         * @property {Array.<string>|null} [users] AuthUserListResponse users
         */

        /**
         * Constructs a new AuthUserListResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthUserListResponse.
         * @implements IAuthUserListResponse
         * @constructor
         * @param {etcdserverpb.IAuthUserListResponse=} [properties] Properties to set
         */
        function AuthUserListResponse(properties) {
            this.users = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthUserListResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthUserListResponse
         * @instance
         */
        AuthUserListResponse.prototype.header = null;

        /**
         * AuthUserListResponse users.
         * @member {Array.<string>} users
         * @memberof etcdserverpb.AuthUserListResponse
         * @instance
         */
        AuthUserListResponse.prototype.users = $util.emptyArray;

        /**
         * Creates a new AuthUserListResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthUserListResponse
         * @static
         * @param {etcdserverpb.IAuthUserListResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthUserListResponse} AuthUserListResponse instance
         */
        AuthUserListResponse.create = function create(properties) {
            return new AuthUserListResponse(properties);
        };

        /**
         * Encodes the specified AuthUserListResponse message. Does not implicitly {@link etcdserverpb.AuthUserListResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthUserListResponse
         * @static
         * @param {etcdserverpb.IAuthUserListResponse} message AuthUserListResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthUserListResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.users != null && message.users.length)
                for (let i = 0; i < message.users.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.users[i]);
            return writer;
        };

        /**
         * Decodes an AuthUserListResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthUserListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthUserListResponse} AuthUserListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthUserListResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthUserListResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        if (!(message.users && message.users.length))
                            message.users = [];
                        message.users.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthUserListResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthUserListResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthUserListResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthUserListResponse";
        };

        return AuthUserListResponse;
    })();

    etcdserverpb.AuthRoleDeleteResponse = (function() {

        /**
         * Properties of an AuthRoleDeleteResponse.
         * @memberof etcdserverpb
         * @interface IAuthRoleDeleteResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthRoleDeleteResponse header
         */

        /**
         * Constructs a new AuthRoleDeleteResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleDeleteResponse.
         * @implements IAuthRoleDeleteResponse
         * @constructor
         * @param {etcdserverpb.IAuthRoleDeleteResponse=} [properties] Properties to set
         */
        function AuthRoleDeleteResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthRoleDeleteResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthRoleDeleteResponse
         * @instance
         */
        AuthRoleDeleteResponse.prototype.header = null;

        /**
         * Creates a new AuthRoleDeleteResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleDeleteResponse
         * @static
         * @param {etcdserverpb.IAuthRoleDeleteResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleDeleteResponse} AuthRoleDeleteResponse instance
         */
        AuthRoleDeleteResponse.create = function create(properties) {
            return new AuthRoleDeleteResponse(properties);
        };

        /**
         * Encodes the specified AuthRoleDeleteResponse message. Does not implicitly {@link etcdserverpb.AuthRoleDeleteResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleDeleteResponse
         * @static
         * @param {etcdserverpb.IAuthRoleDeleteResponse} message AuthRoleDeleteResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleDeleteResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthRoleDeleteResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleDeleteResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleDeleteResponse} AuthRoleDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleDeleteResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleDeleteResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleDeleteResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleDeleteResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleDeleteResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleDeleteResponse";
        };

        return AuthRoleDeleteResponse;
    })();

    etcdserverpb.AuthRoleGrantPermissionResponse = (function() {

        /**
         * Properties of an AuthRoleGrantPermissionResponse.
         * @memberof etcdserverpb
         * @interface IAuthRoleGrantPermissionResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthRoleGrantPermissionResponse header
         */

        /**
         * Constructs a new AuthRoleGrantPermissionResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleGrantPermissionResponse.
         * @implements IAuthRoleGrantPermissionResponse
         * @constructor
         * @param {etcdserverpb.IAuthRoleGrantPermissionResponse=} [properties] Properties to set
         */
        function AuthRoleGrantPermissionResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthRoleGrantPermissionResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthRoleGrantPermissionResponse
         * @instance
         */
        AuthRoleGrantPermissionResponse.prototype.header = null;

        /**
         * Creates a new AuthRoleGrantPermissionResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleGrantPermissionResponse
         * @static
         * @param {etcdserverpb.IAuthRoleGrantPermissionResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleGrantPermissionResponse} AuthRoleGrantPermissionResponse instance
         */
        AuthRoleGrantPermissionResponse.create = function create(properties) {
            return new AuthRoleGrantPermissionResponse(properties);
        };

        /**
         * Encodes the specified AuthRoleGrantPermissionResponse message. Does not implicitly {@link etcdserverpb.AuthRoleGrantPermissionResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleGrantPermissionResponse
         * @static
         * @param {etcdserverpb.IAuthRoleGrantPermissionResponse} message AuthRoleGrantPermissionResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleGrantPermissionResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthRoleGrantPermissionResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleGrantPermissionResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleGrantPermissionResponse} AuthRoleGrantPermissionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleGrantPermissionResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleGrantPermissionResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleGrantPermissionResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleGrantPermissionResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleGrantPermissionResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleGrantPermissionResponse";
        };

        return AuthRoleGrantPermissionResponse;
    })();

    etcdserverpb.AuthRoleRevokePermissionResponse = (function() {

        /**
         * Properties of an AuthRoleRevokePermissionResponse.
         * @memberof etcdserverpb
         * @interface IAuthRoleRevokePermissionResponse
         * @property {etcdserverpb.IResponseHeader|null} [header] AuthRoleRevokePermissionResponse header
         */

        /**
         * Constructs a new AuthRoleRevokePermissionResponse.
         * @memberof etcdserverpb
         * @classdesc Represents an AuthRoleRevokePermissionResponse.
         * @implements IAuthRoleRevokePermissionResponse
         * @constructor
         * @param {etcdserverpb.IAuthRoleRevokePermissionResponse=} [properties] Properties to set
         */
        function AuthRoleRevokePermissionResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * AuthRoleRevokePermissionResponse header.
         * @member {etcdserverpb.IResponseHeader|null|undefined} header
         * @memberof etcdserverpb.AuthRoleRevokePermissionResponse
         * @instance
         */
        AuthRoleRevokePermissionResponse.prototype.header = null;

        /**
         * Creates a new AuthRoleRevokePermissionResponse instance using the specified properties.
         * @function create
         * @memberof etcdserverpb.AuthRoleRevokePermissionResponse
         * @static
         * @param {etcdserverpb.IAuthRoleRevokePermissionResponse=} [properties] Properties to set
         * @returns {etcdserverpb.AuthRoleRevokePermissionResponse} AuthRoleRevokePermissionResponse instance
         */
        AuthRoleRevokePermissionResponse.create = function create(properties) {
            return new AuthRoleRevokePermissionResponse(properties);
        };

        /**
         * Encodes the specified AuthRoleRevokePermissionResponse message. Does not implicitly {@link etcdserverpb.AuthRoleRevokePermissionResponse.verify|verify} messages.
         * @function encode
         * @memberof etcdserverpb.AuthRoleRevokePermissionResponse
         * @static
         * @param {etcdserverpb.IAuthRoleRevokePermissionResponse} message AuthRoleRevokePermissionResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthRoleRevokePermissionResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.header != null && Object.hasOwnProperty.call(message, "header"))
                $root.etcdserverpb.ResponseHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an AuthRoleRevokePermissionResponse message from the specified reader or buffer.
         * @function decode
         * @memberof etcdserverpb.AuthRoleRevokePermissionResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {etcdserverpb.AuthRoleRevokePermissionResponse} AuthRoleRevokePermissionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthRoleRevokePermissionResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.etcdserverpb.AuthRoleRevokePermissionResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.header = $root.etcdserverpb.ResponseHeader.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for AuthRoleRevokePermissionResponse
         * @function getTypeUrl
         * @memberof etcdserverpb.AuthRoleRevokePermissionResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        AuthRoleRevokePermissionResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/etcdserverpb.AuthRoleRevokePermissionResponse";
        };

        return AuthRoleRevokePermissionResponse;
    })();

    return etcdserverpb;
})();

export const mvccpb = $root.mvccpb = (() => {

    /**
     * Namespace mvccpb.
     * @exports mvccpb
     * @namespace
     */
    const mvccpb = {};

    mvccpb.KeyValue = (function() {

        /**
         * Properties of a KeyValue.
         * @memberof mvccpb
         * @interface IKeyValue
         * @property {Uint8Array|null} [key] KeyValue key
         * @property {number|Long|null} [createRevision] KeyValue createRevision
         * @property {number|Long|null} [modRevision] KeyValue modRevision
         * @property {number|Long|null} [version] KeyValue version
         * @property {Uint8Array|null} [value] KeyValue value
         * @property {number|Long|null} [lease] KeyValue lease
         */

        /**
         * Constructs a new KeyValue.
         * @memberof mvccpb
         * @classdesc Represents a KeyValue.
         * @implements IKeyValue
         * @constructor
         * @param {mvccpb.IKeyValue=} [properties] Properties to set
         */
        function KeyValue(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * KeyValue key.
         * @member {Uint8Array} key
         * @memberof mvccpb.KeyValue
         * @instance
         */
        KeyValue.prototype.key = $util.newBuffer([]);

        /**
         * KeyValue createRevision.
         * @member {number|Long} createRevision
         * @memberof mvccpb.KeyValue
         * @instance
         */
        KeyValue.prototype.createRevision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * KeyValue modRevision.
         * @member {number|Long} modRevision
         * @memberof mvccpb.KeyValue
         * @instance
         */
        KeyValue.prototype.modRevision = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * KeyValue version.
         * @member {number|Long} version
         * @memberof mvccpb.KeyValue
         * @instance
         */
        KeyValue.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * KeyValue value.
         * @member {Uint8Array} value
         * @memberof mvccpb.KeyValue
         * @instance
         */
        KeyValue.prototype.value = $util.newBuffer([]);

        /**
         * KeyValue lease.
         * @member {number|Long} lease
         * @memberof mvccpb.KeyValue
         * @instance
         */
        KeyValue.prototype.lease = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new KeyValue instance using the specified properties.
         * @function create
         * @memberof mvccpb.KeyValue
         * @static
         * @param {mvccpb.IKeyValue=} [properties] Properties to set
         * @returns {mvccpb.KeyValue} KeyValue instance
         */
        KeyValue.create = function create(properties) {
            return new KeyValue(properties);
        };

        /**
         * Encodes the specified KeyValue message. Does not implicitly {@link mvccpb.KeyValue.verify|verify} messages.
         * @function encode
         * @memberof mvccpb.KeyValue
         * @static
         * @param {mvccpb.IKeyValue} message KeyValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KeyValue.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
            if (message.createRevision != null && Object.hasOwnProperty.call(message, "createRevision"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.createRevision);
            if (message.modRevision != null && Object.hasOwnProperty.call(message, "modRevision"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.modRevision);
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.version);
            if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.value);
            if (message.lease != null && Object.hasOwnProperty.call(message, "lease"))
                writer.uint32(/* id 6, wireType 0 =*/48).int64(message.lease);
            return writer;
        };

        /**
         * Decodes a KeyValue message from the specified reader or buffer.
         * @function decode
         * @memberof mvccpb.KeyValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mvccpb.KeyValue} KeyValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KeyValue.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.mvccpb.KeyValue();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.key = reader.bytes();
                        break;
                    }
                case 2: {
                        message.createRevision = reader.int64();
                        break;
                    }
                case 3: {
                        message.modRevision = reader.int64();
                        break;
                    }
                case 4: {
                        message.version = reader.int64();
                        break;
                    }
                case 5: {
                        message.value = reader.bytes();
                        break;
                    }
                case 6: {
                        message.lease = reader.int64();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for KeyValue
         * @function getTypeUrl
         * @memberof mvccpb.KeyValue
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        KeyValue.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/mvccpb.KeyValue";
        };

        return KeyValue;
    })();

    mvccpb.Event = (function() {

        /**
         * Properties of an Event.
         * @memberof mvccpb
         * @interface IEvent
         * @property {mvccpb.Event.EventType|null} [type] Event type
         * @property {mvccpb.IKeyValue|null} [kv] Event kv
         * @property {mvccpb.IKeyValue|null} [prevKv] Event prevKv
         */

        /**
         * Constructs a new Event.
         * @memberof mvccpb
         * @classdesc Represents an Event.
         * @implements IEvent
         * @constructor
         * @param {mvccpb.IEvent=} [properties] Properties to set
         */
        function Event(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Event type.
         * @member {mvccpb.Event.EventType} type
         * @memberof mvccpb.Event
         * @instance
         */
        Event.prototype.type = 0;

        /**
         * Event kv.
         * @member {mvccpb.IKeyValue|null|undefined} kv
         * @memberof mvccpb.Event
         * @instance
         */
        Event.prototype.kv = null;

        /**
         * Event prevKv.
         * @member {mvccpb.IKeyValue|null|undefined} prevKv
         * @memberof mvccpb.Event
         * @instance
         */
        Event.prototype.prevKv = null;

        /**
         * Creates a new Event instance using the specified properties.
         * @function create
         * @memberof mvccpb.Event
         * @static
         * @param {mvccpb.IEvent=} [properties] Properties to set
         * @returns {mvccpb.Event} Event instance
         */
        Event.create = function create(properties) {
            return new Event(properties);
        };

        /**
         * Encodes the specified Event message. Does not implicitly {@link mvccpb.Event.verify|verify} messages.
         * @function encode
         * @memberof mvccpb.Event
         * @static
         * @param {mvccpb.IEvent} message Event message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Event.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.kv != null && Object.hasOwnProperty.call(message, "kv"))
                $root.mvccpb.KeyValue.encode(message.kv, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.prevKv != null && Object.hasOwnProperty.call(message, "prevKv"))
                $root.mvccpb.KeyValue.encode(message.prevKv, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @function decode
         * @memberof mvccpb.Event
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {mvccpb.Event} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Event.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.mvccpb.Event();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.type = reader.int32();
                        break;
                    }
                case 2: {
                        message.kv = $root.mvccpb.KeyValue.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 3: {
                        message.prevKv = $root.mvccpb.KeyValue.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for Event
         * @function getTypeUrl
         * @memberof mvccpb.Event
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Event.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/mvccpb.Event";
        };

        /**
         * EventType enum.
         * @name mvccpb.Event.EventType
         * @enum {number}
         * @property {number} PUT=0 PUT value
         * @property {number} DELETE=1 DELETE value
         */
        Event.EventType = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "PUT"] = 0;
            values[valuesById[1] = "DELETE"] = 1;
            return values;
        })();

        return Event;
    })();

    return mvccpb;
})();

export const authpb = $root.authpb = (() => {

    /**
     * Namespace authpb.
     * @exports authpb
     * @namespace
     */
    const authpb = {};

    authpb.UserAddOptions = (function() {

        /**
         * Properties of a UserAddOptions.
         * @memberof authpb
         * @interface IUserAddOptions
         * @property {boolean|null} [noPassword] UserAddOptions noPassword
         */

        /**
         * Constructs a new UserAddOptions.
         * @memberof authpb
         * @classdesc Represents a UserAddOptions.
         * @implements IUserAddOptions
         * @constructor
         * @param {authpb.IUserAddOptions=} [properties] Properties to set
         */
        function UserAddOptions(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UserAddOptions noPassword.
         * @member {boolean} noPassword
         * @memberof authpb.UserAddOptions
         * @instance
         */
        UserAddOptions.prototype.noPassword = false;

        /**
         * Creates a new UserAddOptions instance using the specified properties.
         * @function create
         * @memberof authpb.UserAddOptions
         * @static
         * @param {authpb.IUserAddOptions=} [properties] Properties to set
         * @returns {authpb.UserAddOptions} UserAddOptions instance
         */
        UserAddOptions.create = function create(properties) {
            return new UserAddOptions(properties);
        };

        /**
         * Encodes the specified UserAddOptions message. Does not implicitly {@link authpb.UserAddOptions.verify|verify} messages.
         * @function encode
         * @memberof authpb.UserAddOptions
         * @static
         * @param {authpb.IUserAddOptions} message UserAddOptions message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UserAddOptions.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.noPassword != null && Object.hasOwnProperty.call(message, "noPassword"))
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.noPassword);
            return writer;
        };

        /**
         * Decodes a UserAddOptions message from the specified reader or buffer.
         * @function decode
         * @memberof authpb.UserAddOptions
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {authpb.UserAddOptions} UserAddOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UserAddOptions.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.authpb.UserAddOptions();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.noPassword = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for UserAddOptions
         * @function getTypeUrl
         * @memberof authpb.UserAddOptions
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        UserAddOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/authpb.UserAddOptions";
        };

        return UserAddOptions;
    })();

    authpb.User = (function() {

        /**
         * Properties of a User.
         * @memberof authpb
         * @interface IUser
         * @property {Uint8Array|null} [name] User name
         * @property {Uint8Array|null} [password] User password
         * @property {Array.<string>|null} [roles] User roles
         * @property {authpb.IUserAddOptions|null} [options] User options
         */

        /**
         * Constructs a new User.
         * @memberof authpb
         * @classdesc Represents a User.
         * @implements IUser
         * @constructor
         * @param {authpb.IUser=} [properties] Properties to set
         */
        function User(properties) {
            this.roles = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * User name.
         * @member {Uint8Array} name
         * @memberof authpb.User
         * @instance
         */
        User.prototype.name = $util.newBuffer([]);

        /**
         * User password.
         * @member {Uint8Array} password
         * @memberof authpb.User
         * @instance
         */
        User.prototype.password = $util.newBuffer([]);

        /**
         * User roles.
         * @member {Array.<string>} roles
         * @memberof authpb.User
         * @instance
         */
        User.prototype.roles = $util.emptyArray;

        /**
         * User options.
         * @member {authpb.IUserAddOptions|null|undefined} options
         * @memberof authpb.User
         * @instance
         */
        User.prototype.options = null;

        /**
         * Creates a new User instance using the specified properties.
         * @function create
         * @memberof authpb.User
         * @static
         * @param {authpb.IUser=} [properties] Properties to set
         * @returns {authpb.User} User instance
         */
        User.create = function create(properties) {
            return new User(properties);
        };

        /**
         * Encodes the specified User message. Does not implicitly {@link authpb.User.verify|verify} messages.
         * @function encode
         * @memberof authpb.User
         * @static
         * @param {authpb.IUser} message User message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        User.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.name);
            if (message.password != null && Object.hasOwnProperty.call(message, "password"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.password);
            if (message.roles != null && message.roles.length)
                for (let i = 0; i < message.roles.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.roles[i]);
            if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                $root.authpb.UserAddOptions.encode(message.options, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a User message from the specified reader or buffer.
         * @function decode
         * @memberof authpb.User
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {authpb.User} User
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        User.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.authpb.User();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.bytes();
                        break;
                    }
                case 2: {
                        message.password = reader.bytes();
                        break;
                    }
                case 3: {
                        if (!(message.roles && message.roles.length))
                            message.roles = [];
                        message.roles.push(reader.string());
                        break;
                    }
                case 4: {
                        message.options = $root.authpb.UserAddOptions.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for User
         * @function getTypeUrl
         * @memberof authpb.User
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        User.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/authpb.User";
        };

        return User;
    })();

    authpb.Permission = (function() {

        /**
         * Properties of a Permission.
         * @memberof authpb
         * @interface IPermission
         * @property {authpb.Permission.Type|null} [permType] Permission permType
         * @property {Uint8Array|null} [key] Permission key
         * @property {Uint8Array|null} [rangeEnd] Permission rangeEnd
         */

        /**
         * Constructs a new Permission.
         * @memberof authpb
         * @classdesc Represents a Permission.
         * @implements IPermission
         * @constructor
         * @param {authpb.IPermission=} [properties] Properties to set
         */
        function Permission(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Permission permType.
         * @member {authpb.Permission.Type} permType
         * @memberof authpb.Permission
         * @instance
         */
        Permission.prototype.permType = 0;

        /**
         * Permission key.
         * @member {Uint8Array} key
         * @memberof authpb.Permission
         * @instance
         */
        Permission.prototype.key = $util.newBuffer([]);

        /**
         * Permission rangeEnd.
         * @member {Uint8Array} rangeEnd
         * @memberof authpb.Permission
         * @instance
         */
        Permission.prototype.rangeEnd = $util.newBuffer([]);

        /**
         * Creates a new Permission instance using the specified properties.
         * @function create
         * @memberof authpb.Permission
         * @static
         * @param {authpb.IPermission=} [properties] Properties to set
         * @returns {authpb.Permission} Permission instance
         */
        Permission.create = function create(properties) {
            return new Permission(properties);
        };

        /**
         * Encodes the specified Permission message. Does not implicitly {@link authpb.Permission.verify|verify} messages.
         * @function encode
         * @memberof authpb.Permission
         * @static
         * @param {authpb.IPermission} message Permission message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Permission.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.permType != null && Object.hasOwnProperty.call(message, "permType"))
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.permType);
            if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.key);
            if (message.rangeEnd != null && Object.hasOwnProperty.call(message, "rangeEnd"))
                writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.rangeEnd);
            return writer;
        };

        /**
         * Decodes a Permission message from the specified reader or buffer.
         * @function decode
         * @memberof authpb.Permission
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {authpb.Permission} Permission
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Permission.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.authpb.Permission();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.permType = reader.int32();
                        break;
                    }
                case 2: {
                        message.key = reader.bytes();
                        break;
                    }
                case 3: {
                        message.rangeEnd = reader.bytes();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for Permission
         * @function getTypeUrl
         * @memberof authpb.Permission
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Permission.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/authpb.Permission";
        };

        /**
         * Type enum.
         * @name authpb.Permission.Type
         * @enum {number}
         * @property {number} READ=0 READ value
         * @property {number} WRITE=1 WRITE value
         * @property {number} READWRITE=2 READWRITE value
         */
        Permission.Type = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "READ"] = 0;
            values[valuesById[1] = "WRITE"] = 1;
            values[valuesById[2] = "READWRITE"] = 2;
            return values;
        })();

        return Permission;
    })();

    authpb.Role = (function() {

        /**
         * Properties of a Role.
         * @memberof authpb
         * @interface IRole
         * @property {Uint8Array|null} [name] Role name
         * @property {Array.<authpb.IPermission>|null} [keyPermission] Role keyPermission
         */

        /**
         * Constructs a new Role.
         * @memberof authpb
         * @classdesc Represents a Role.
         * @implements IRole
         * @constructor
         * @param {authpb.IRole=} [properties] Properties to set
         */
        function Role(properties) {
            this.keyPermission = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Role name.
         * @member {Uint8Array} name
         * @memberof authpb.Role
         * @instance
         */
        Role.prototype.name = $util.newBuffer([]);

        /**
         * Role keyPermission.
         * @member {Array.<authpb.IPermission>} keyPermission
         * @memberof authpb.Role
         * @instance
         */
        Role.prototype.keyPermission = $util.emptyArray;

        /**
         * Creates a new Role instance using the specified properties.
         * @function create
         * @memberof authpb.Role
         * @static
         * @param {authpb.IRole=} [properties] Properties to set
         * @returns {authpb.Role} Role instance
         */
        Role.create = function create(properties) {
            return new Role(properties);
        };

        /**
         * Encodes the specified Role message. Does not implicitly {@link authpb.Role.verify|verify} messages.
         * @function encode
         * @memberof authpb.Role
         * @static
         * @param {authpb.IRole} message Role message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Role.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.name);
            if (message.keyPermission != null && message.keyPermission.length)
                for (let i = 0; i < message.keyPermission.length; ++i)
                    $root.authpb.Permission.encode(message.keyPermission[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a Role message from the specified reader or buffer.
         * @function decode
         * @memberof authpb.Role
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {authpb.Role} Role
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Role.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.authpb.Role();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.bytes();
                        break;
                    }
                case 2: {
                        if (!(message.keyPermission && message.keyPermission.length))
                            message.keyPermission = [];
                        message.keyPermission.push($root.authpb.Permission.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for Role
         * @function getTypeUrl
         * @memberof authpb.Role
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Role.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/authpb.Role";
        };

        return Role;
    })();

    return authpb;
})();

export const fleetpb = $root.fleetpb = (() => {

    /**
     * Namespace fleetpb.
     * @exports fleetpb
     * @namespace
     */
    const fleetpb = {};

    fleetpb.UnitOption = (function() {

        /**
         * Properties of an UnitOption.
         * @memberof fleetpb
         * @interface IUnitOption
         * @property {string|null} [section] UnitOption section
         * @property {string|null} [name] UnitOption name
         * @property {string|null} [value] UnitOption value
         */

        /**
         * Constructs a new UnitOption.
         * @memberof fleetpb
         * @classdesc Represents an UnitOption.
         * @implements IUnitOption
         * @constructor
         * @param {fleetpb.IUnitOption=} [properties] Properties to set
         */
        function UnitOption(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UnitOption section.
         * @member {string} section
         * @memberof fleetpb.UnitOption
         * @instance
         */
        UnitOption.prototype.section = "";

        /**
         * UnitOption name.
         * @member {string} name
         * @memberof fleetpb.UnitOption
         * @instance
         */
        UnitOption.prototype.name = "";

        /**
         * UnitOption value.
         * @member {string} value
         * @memberof fleetpb.UnitOption
         * @instance
         */
        UnitOption.prototype.value = "";

        /**
         * Creates a new UnitOption instance using the specified properties.
         * @function create
         * @memberof fleetpb.UnitOption
         * @static
         * @param {fleetpb.IUnitOption=} [properties] Properties to set
         * @returns {fleetpb.UnitOption} UnitOption instance
         */
        UnitOption.create = function create(properties) {
            return new UnitOption(properties);
        };

        /**
         * Encodes the specified UnitOption message. Does not implicitly {@link fleetpb.UnitOption.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.UnitOption
         * @static
         * @param {fleetpb.IUnitOption} message UnitOption message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnitOption.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.section != null && Object.hasOwnProperty.call(message, "section"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.section);
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.value);
            return writer;
        };

        /**
         * Decodes an UnitOption message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.UnitOption
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.UnitOption} UnitOption
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnitOption.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.UnitOption();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.section = reader.string();
                        break;
                    }
                case 2: {
                        message.name = reader.string();
                        break;
                    }
                case 3: {
                        message.value = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for UnitOption
         * @function getTypeUrl
         * @memberof fleetpb.UnitOption
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        UnitOption.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.UnitOption";
        };

        return UnitOption;
    })();

    fleetpb.Machine = (function() {

        /**
         * Properties of a Machine.
         * @memberof fleetpb
         * @interface IMachine
         * @property {string|null} [id] Machine id
         * @property {string|null} [publicIp] Machine publicIp
         * @property {Object.<string,string>|null} [metadata] Machine metadata
         * @property {string|null} [version] Machine version
         * @property {string|null} [apiUrl] Machine apiUrl
         */

        /**
         * Constructs a new Machine.
         * @memberof fleetpb
         * @classdesc Represents a Machine.
         * @implements IMachine
         * @constructor
         * @param {fleetpb.IMachine=} [properties] Properties to set
         */
        function Machine(properties) {
            this.metadata = {};
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Machine id.
         * @member {string} id
         * @memberof fleetpb.Machine
         * @instance
         */
        Machine.prototype.id = "";

        /**
         * Machine publicIp.
         * @member {string} publicIp
         * @memberof fleetpb.Machine
         * @instance
         */
        Machine.prototype.publicIp = "";

        /**
         * Machine metadata.
         * @member {Object.<string,string>} metadata
         * @memberof fleetpb.Machine
         * @instance
         */
        Machine.prototype.metadata = $util.emptyObject;

        /**
         * Machine version.
         * @member {string} version
         * @memberof fleetpb.Machine
         * @instance
         */
        Machine.prototype.version = "";

        /**
         * Machine apiUrl.
         * @member {string} apiUrl
         * @memberof fleetpb.Machine
         * @instance
         */
        Machine.prototype.apiUrl = "";

        /**
         * Creates a new Machine instance using the specified properties.
         * @function create
         * @memberof fleetpb.Machine
         * @static
         * @param {fleetpb.IMachine=} [properties] Properties to set
         * @returns {fleetpb.Machine} Machine instance
         */
        Machine.create = function create(properties) {
            return new Machine(properties);
        };

        /**
         * Encodes the specified Machine message. Does not implicitly {@link fleetpb.Machine.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.Machine
         * @static
         * @param {fleetpb.IMachine} message Machine message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Machine.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
            if (message.publicIp != null && Object.hasOwnProperty.call(message, "publicIp"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.publicIp);
            if (message.metadata != null && Object.hasOwnProperty.call(message, "metadata"))
                for (let keys = Object.keys(message.metadata), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.metadata[keys[i]]).ldelim();
            if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.version);
            if (message.apiUrl != null && Object.hasOwnProperty.call(message, "apiUrl"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.apiUrl);
            return writer;
        };

        /**
         * Decodes a Machine message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.Machine
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.Machine} Machine
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Machine.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message, key, value;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.Machine();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.id = reader.string();
                        break;
                    }
                case 2: {
                        message.publicIp = reader.string();
                        break;
                    }
                case 3: {
                        if (message.metadata === $util.emptyObject)
                            message.metadata = {};
                        let end2 = reader.uint32() + reader.pos;
                        if (end2 > reader.len)
                            throw RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            let tag2 = reader.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                key = reader.string();
                                break;
                            case 2:
                                value = reader.string();
                                break;
                            default:
                                reader.skipType(tag2 & 7, long);
                                break;
                            }
                        }
                        if (reader.pos !== end2)
                            throw RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.metadata, key);
                        message.metadata[key] = value;
                        break;
                    }
                case 4: {
                        message.version = reader.string();
                        break;
                    }
                case 5: {
                        message.apiUrl = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for Machine
         * @function getTypeUrl
         * @memberof fleetpb.Machine
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Machine.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.Machine";
        };

        return Machine;
    })();

    fleetpb.Unit = (function() {

        /**
         * Properties of an Unit.
         * @memberof fleetpb
         * @interface IUnit
         * @property {string|null} [name] Unit name
         * @property {string|null} [hash] Unit hash
         * @property {string|null} [desiredState] Unit desiredState
         * @property {string|null} [currentState] Unit currentState
         * @property {string|null} [machineId] Unit machineId
         * @property {boolean|null} [global] Unit global
         * @property {Array.<fleetpb.IUnitOption>|null} [options] Unit options
         */

        /**
         * Constructs a new Unit.
         * @memberof fleetpb
         * @classdesc Represents an Unit.
         * @implements IUnit
         * @constructor
         * @param {fleetpb.IUnit=} [properties] Properties to set
         */
        function Unit(properties) {
            this.options = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Unit name.
         * @member {string} name
         * @memberof fleetpb.Unit
         * @instance
         */
        Unit.prototype.name = "";

        /**
         * Unit hash.
         * @member {string} hash
         * @memberof fleetpb.Unit
         * @instance
         */
        Unit.prototype.hash = "";

        /**
         * Unit desiredState.
         * @member {string} desiredState
         * @memberof fleetpb.Unit
         * @instance
         */
        Unit.prototype.desiredState = "";

        /**
         * Unit currentState.
         * @member {string} currentState
         * @memberof fleetpb.Unit
         * @instance
         */
        Unit.prototype.currentState = "";

        /**
         * Unit machineId.
         * @member {string} machineId
         * @memberof fleetpb.Unit
         * @instance
         */
        Unit.prototype.machineId = "";

        /**
         * Unit global.
         * @member {boolean} global
         * @memberof fleetpb.Unit
         * @instance
         */
        Unit.prototype.global = false;

        /**
         * Unit options.
         * @member {Array.<fleetpb.IUnitOption>} options
         * @memberof fleetpb.Unit
         * @instance
         */
        Unit.prototype.options = $util.emptyArray;

        /**
         * Creates a new Unit instance using the specified properties.
         * @function create
         * @memberof fleetpb.Unit
         * @static
         * @param {fleetpb.IUnit=} [properties] Properties to set
         * @returns {fleetpb.Unit} Unit instance
         */
        Unit.create = function create(properties) {
            return new Unit(properties);
        };

        /**
         * Encodes the specified Unit message. Does not implicitly {@link fleetpb.Unit.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.Unit
         * @static
         * @param {fleetpb.IUnit} message Unit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Unit.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.hash != null && Object.hasOwnProperty.call(message, "hash"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.hash);
            if (message.desiredState != null && Object.hasOwnProperty.call(message, "desiredState"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.desiredState);
            if (message.currentState != null && Object.hasOwnProperty.call(message, "currentState"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.currentState);
            if (message.machineId != null && Object.hasOwnProperty.call(message, "machineId"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.machineId);
            if (message.global != null && Object.hasOwnProperty.call(message, "global"))
                writer.uint32(/* id 6, wireType 0 =*/48).bool(message.global);
            if (message.options != null && message.options.length)
                for (let i = 0; i < message.options.length; ++i)
                    $root.fleetpb.UnitOption.encode(message.options[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes an Unit message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.Unit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.Unit} Unit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Unit.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.Unit();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.hash = reader.string();
                        break;
                    }
                case 3: {
                        message.desiredState = reader.string();
                        break;
                    }
                case 4: {
                        message.currentState = reader.string();
                        break;
                    }
                case 5: {
                        message.machineId = reader.string();
                        break;
                    }
                case 6: {
                        message.global = reader.bool();
                        break;
                    }
                case 7: {
                        if (!(message.options && message.options.length))
                            message.options = [];
                        message.options.push($root.fleetpb.UnitOption.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for Unit
         * @function getTypeUrl
         * @memberof fleetpb.Unit
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        Unit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.Unit";
        };

        return Unit;
    })();

    fleetpb.UnitState = (function() {

        /**
         * Properties of an UnitState.
         * @memberof fleetpb
         * @interface IUnitState
         * @property {string|null} [name] UnitState name
         * @property {string|null} [hash] UnitState hash
         * @property {string|null} [machineId] UnitState machineId
         * @property {string|null} [loadState] UnitState loadState
         * @property {string|null} [activeState] UnitState activeState
         * @property {string|null} [subState] UnitState subState
         */

        /**
         * Constructs a new UnitState.
         * @memberof fleetpb
         * @classdesc Represents an UnitState.
         * @implements IUnitState
         * @constructor
         * @param {fleetpb.IUnitState=} [properties] Properties to set
         */
        function UnitState(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UnitState name.
         * @member {string} name
         * @memberof fleetpb.UnitState
         * @instance
         */
        UnitState.prototype.name = "";

        /**
         * UnitState hash.
         * @member {string} hash
         * @memberof fleetpb.UnitState
         * @instance
         */
        UnitState.prototype.hash = "";

        /**
         * UnitState machineId.
         * @member {string} machineId
         * @memberof fleetpb.UnitState
         * @instance
         */
        UnitState.prototype.machineId = "";

        /**
         * UnitState loadState.
         * @member {string} loadState
         * @memberof fleetpb.UnitState
         * @instance
         */
        UnitState.prototype.loadState = "";

        /**
         * UnitState activeState.
         * @member {string} activeState
         * @memberof fleetpb.UnitState
         * @instance
         */
        UnitState.prototype.activeState = "";

        /**
         * UnitState subState.
         * @member {string} subState
         * @memberof fleetpb.UnitState
         * @instance
         */
        UnitState.prototype.subState = "";

        /**
         * Creates a new UnitState instance using the specified properties.
         * @function create
         * @memberof fleetpb.UnitState
         * @static
         * @param {fleetpb.IUnitState=} [properties] Properties to set
         * @returns {fleetpb.UnitState} UnitState instance
         */
        UnitState.create = function create(properties) {
            return new UnitState(properties);
        };

        /**
         * Encodes the specified UnitState message. Does not implicitly {@link fleetpb.UnitState.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.UnitState
         * @static
         * @param {fleetpb.IUnitState} message UnitState message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnitState.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.hash != null && Object.hasOwnProperty.call(message, "hash"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.hash);
            if (message.machineId != null && Object.hasOwnProperty.call(message, "machineId"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.machineId);
            if (message.loadState != null && Object.hasOwnProperty.call(message, "loadState"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.loadState);
            if (message.activeState != null && Object.hasOwnProperty.call(message, "activeState"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.activeState);
            if (message.subState != null && Object.hasOwnProperty.call(message, "subState"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.subState);
            return writer;
        };

        /**
         * Decodes an UnitState message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.UnitState
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.UnitState} UnitState
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnitState.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.UnitState();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.hash = reader.string();
                        break;
                    }
                case 3: {
                        message.machineId = reader.string();
                        break;
                    }
                case 4: {
                        message.loadState = reader.string();
                        break;
                    }
                case 5: {
                        message.activeState = reader.string();
                        break;
                    }
                case 6: {
                        message.subState = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for UnitState
         * @function getTypeUrl
         * @memberof fleetpb.UnitState
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        UnitState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.UnitState";
        };

        return UnitState;
    })();

    fleetpb.ListMachinesRequest = (function() {

        /**
         * Properties of a ListMachinesRequest.
         * @memberof fleetpb
         * @interface IListMachinesRequest
         */

        /**
         * Constructs a new ListMachinesRequest.
         * @memberof fleetpb
         * @classdesc Represents a ListMachinesRequest.
         * @implements IListMachinesRequest
         * @constructor
         * @param {fleetpb.IListMachinesRequest=} [properties] Properties to set
         */
        function ListMachinesRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new ListMachinesRequest instance using the specified properties.
         * @function create
         * @memberof fleetpb.ListMachinesRequest
         * @static
         * @param {fleetpb.IListMachinesRequest=} [properties] Properties to set
         * @returns {fleetpb.ListMachinesRequest} ListMachinesRequest instance
         */
        ListMachinesRequest.create = function create(properties) {
            return new ListMachinesRequest(properties);
        };

        /**
         * Encodes the specified ListMachinesRequest message. Does not implicitly {@link fleetpb.ListMachinesRequest.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.ListMachinesRequest
         * @static
         * @param {fleetpb.IListMachinesRequest} message ListMachinesRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListMachinesRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a ListMachinesRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.ListMachinesRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.ListMachinesRequest} ListMachinesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListMachinesRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.ListMachinesRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for ListMachinesRequest
         * @function getTypeUrl
         * @memberof fleetpb.ListMachinesRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ListMachinesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.ListMachinesRequest";
        };

        return ListMachinesRequest;
    })();

    fleetpb.ListMachinesResponse = (function() {

        /**
         * Properties of a ListMachinesResponse.
         * @memberof fleetpb
         * @interface IListMachinesResponse
         * @property {Array.<fleetpb.IMachine>|null} [machines] ListMachinesResponse machines
         */

        /**
         * Constructs a new ListMachinesResponse.
         * @memberof fleetpb
         * @classdesc Represents a ListMachinesResponse.
         * @implements IListMachinesResponse
         * @constructor
         * @param {fleetpb.IListMachinesResponse=} [properties] Properties to set
         */
        function ListMachinesResponse(properties) {
            this.machines = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ListMachinesResponse machines.
         * @member {Array.<fleetpb.IMachine>} machines
         * @memberof fleetpb.ListMachinesResponse
         * @instance
         */
        ListMachinesResponse.prototype.machines = $util.emptyArray;

        /**
         * Creates a new ListMachinesResponse instance using the specified properties.
         * @function create
         * @memberof fleetpb.ListMachinesResponse
         * @static
         * @param {fleetpb.IListMachinesResponse=} [properties] Properties to set
         * @returns {fleetpb.ListMachinesResponse} ListMachinesResponse instance
         */
        ListMachinesResponse.create = function create(properties) {
            return new ListMachinesResponse(properties);
        };

        /**
         * Encodes the specified ListMachinesResponse message. Does not implicitly {@link fleetpb.ListMachinesResponse.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.ListMachinesResponse
         * @static
         * @param {fleetpb.IListMachinesResponse} message ListMachinesResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListMachinesResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.machines != null && message.machines.length)
                for (let i = 0; i < message.machines.length; ++i)
                    $root.fleetpb.Machine.encode(message.machines[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a ListMachinesResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.ListMachinesResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.ListMachinesResponse} ListMachinesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListMachinesResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.ListMachinesResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.machines && message.machines.length))
                            message.machines = [];
                        message.machines.push($root.fleetpb.Machine.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for ListMachinesResponse
         * @function getTypeUrl
         * @memberof fleetpb.ListMachinesResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ListMachinesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.ListMachinesResponse";
        };

        return ListMachinesResponse;
    })();

    fleetpb.ListUnitsRequest = (function() {

        /**
         * Properties of a ListUnitsRequest.
         * @memberof fleetpb
         * @interface IListUnitsRequest
         */

        /**
         * Constructs a new ListUnitsRequest.
         * @memberof fleetpb
         * @classdesc Represents a ListUnitsRequest.
         * @implements IListUnitsRequest
         * @constructor
         * @param {fleetpb.IListUnitsRequest=} [properties] Properties to set
         */
        function ListUnitsRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new ListUnitsRequest instance using the specified properties.
         * @function create
         * @memberof fleetpb.ListUnitsRequest
         * @static
         * @param {fleetpb.IListUnitsRequest=} [properties] Properties to set
         * @returns {fleetpb.ListUnitsRequest} ListUnitsRequest instance
         */
        ListUnitsRequest.create = function create(properties) {
            return new ListUnitsRequest(properties);
        };

        /**
         * Encodes the specified ListUnitsRequest message. Does not implicitly {@link fleetpb.ListUnitsRequest.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.ListUnitsRequest
         * @static
         * @param {fleetpb.IListUnitsRequest} message ListUnitsRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListUnitsRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a ListUnitsRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.ListUnitsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.ListUnitsRequest} ListUnitsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListUnitsRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.ListUnitsRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for ListUnitsRequest
         * @function getTypeUrl
         * @memberof fleetpb.ListUnitsRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ListUnitsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.ListUnitsRequest";
        };

        return ListUnitsRequest;
    })();

    fleetpb.ListUnitsResponse = (function() {

        /**
         * Properties of a ListUnitsResponse.
         * @memberof fleetpb
         * @interface IListUnitsResponse
         * @property {Array.<fleetpb.IUnit>|null} [units] ListUnitsResponse units
         */

        /**
         * Constructs a new ListUnitsResponse.
         * @memberof fleetpb
         * @classdesc Represents a ListUnitsResponse.
         * @implements IListUnitsResponse
         * @constructor
         * @param {fleetpb.IListUnitsResponse=} [properties] Properties to set
         */
        function ListUnitsResponse(properties) {
            this.units = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ListUnitsResponse units.
         * @member {Array.<fleetpb.IUnit>} units
         * @memberof fleetpb.ListUnitsResponse
         * @instance
         */
        ListUnitsResponse.prototype.units = $util.emptyArray;

        /**
         * Creates a new ListUnitsResponse instance using the specified properties.
         * @function create
         * @memberof fleetpb.ListUnitsResponse
         * @static
         * @param {fleetpb.IListUnitsResponse=} [properties] Properties to set
         * @returns {fleetpb.ListUnitsResponse} ListUnitsResponse instance
         */
        ListUnitsResponse.create = function create(properties) {
            return new ListUnitsResponse(properties);
        };

        /**
         * Encodes the specified ListUnitsResponse message. Does not implicitly {@link fleetpb.ListUnitsResponse.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.ListUnitsResponse
         * @static
         * @param {fleetpb.IListUnitsResponse} message ListUnitsResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListUnitsResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.units != null && message.units.length)
                for (let i = 0; i < message.units.length; ++i)
                    $root.fleetpb.Unit.encode(message.units[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a ListUnitsResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.ListUnitsResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.ListUnitsResponse} ListUnitsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListUnitsResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.ListUnitsResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.units && message.units.length))
                            message.units = [];
                        message.units.push($root.fleetpb.Unit.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for ListUnitsResponse
         * @function getTypeUrl
         * @memberof fleetpb.ListUnitsResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ListUnitsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.ListUnitsResponse";
        };

        return ListUnitsResponse;
    })();

    fleetpb.ListUnitStatesRequest = (function() {

        /**
         * Properties of a ListUnitStatesRequest.
         * @memberof fleetpb
         * @interface IListUnitStatesRequest
         */

        /**
         * Constructs a new ListUnitStatesRequest.
         * @memberof fleetpb
         * @classdesc Represents a ListUnitStatesRequest.
         * @implements IListUnitStatesRequest
         * @constructor
         * @param {fleetpb.IListUnitStatesRequest=} [properties] Properties to set
         */
        function ListUnitStatesRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new ListUnitStatesRequest instance using the specified properties.
         * @function create
         * @memberof fleetpb.ListUnitStatesRequest
         * @static
         * @param {fleetpb.IListUnitStatesRequest=} [properties] Properties to set
         * @returns {fleetpb.ListUnitStatesRequest} ListUnitStatesRequest instance
         */
        ListUnitStatesRequest.create = function create(properties) {
            return new ListUnitStatesRequest(properties);
        };

        /**
         * Encodes the specified ListUnitStatesRequest message. Does not implicitly {@link fleetpb.ListUnitStatesRequest.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.ListUnitStatesRequest
         * @static
         * @param {fleetpb.IListUnitStatesRequest} message ListUnitStatesRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListUnitStatesRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a ListUnitStatesRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.ListUnitStatesRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.ListUnitStatesRequest} ListUnitStatesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListUnitStatesRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.ListUnitStatesRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for ListUnitStatesRequest
         * @function getTypeUrl
         * @memberof fleetpb.ListUnitStatesRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ListUnitStatesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.ListUnitStatesRequest";
        };

        return ListUnitStatesRequest;
    })();

    fleetpb.ListUnitStatesResponse = (function() {

        /**
         * Properties of a ListUnitStatesResponse.
         * @memberof fleetpb
         * @interface IListUnitStatesResponse
         * @property {Array.<fleetpb.IUnitState>|null} [states] ListUnitStatesResponse states
         */

        /**
         * Constructs a new ListUnitStatesResponse.
         * @memberof fleetpb
         * @classdesc Represents a ListUnitStatesResponse.
         * @implements IListUnitStatesResponse
         * @constructor
         * @param {fleetpb.IListUnitStatesResponse=} [properties] Properties to set
         */
        function ListUnitStatesResponse(properties) {
            this.states = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * ListUnitStatesResponse states.
         * @member {Array.<fleetpb.IUnitState>} states
         * @memberof fleetpb.ListUnitStatesResponse
         * @instance
         */
        ListUnitStatesResponse.prototype.states = $util.emptyArray;

        /**
         * Creates a new ListUnitStatesResponse instance using the specified properties.
         * @function create
         * @memberof fleetpb.ListUnitStatesResponse
         * @static
         * @param {fleetpb.IListUnitStatesResponse=} [properties] Properties to set
         * @returns {fleetpb.ListUnitStatesResponse} ListUnitStatesResponse instance
         */
        ListUnitStatesResponse.create = function create(properties) {
            return new ListUnitStatesResponse(properties);
        };

        /**
         * Encodes the specified ListUnitStatesResponse message. Does not implicitly {@link fleetpb.ListUnitStatesResponse.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.ListUnitStatesResponse
         * @static
         * @param {fleetpb.IListUnitStatesResponse} message ListUnitStatesResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListUnitStatesResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.states != null && message.states.length)
                for (let i = 0; i < message.states.length; ++i)
                    $root.fleetpb.UnitState.encode(message.states[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            return writer;
        };

        /**
         * Decodes a ListUnitStatesResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.ListUnitStatesResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.ListUnitStatesResponse} ListUnitStatesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListUnitStatesResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.ListUnitStatesResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.states && message.states.length))
                            message.states = [];
                        message.states.push($root.fleetpb.UnitState.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for ListUnitStatesResponse
         * @function getTypeUrl
         * @memberof fleetpb.ListUnitStatesResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        ListUnitStatesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.ListUnitStatesResponse";
        };

        return ListUnitStatesResponse;
    })();

    fleetpb.SubmitRequest = (function() {

        /**
         * Properties of a SubmitRequest.
         * @memberof fleetpb
         * @interface ISubmitRequest
         * @property {string|null} [name] SubmitRequest name
         * @property {Array.<fleetpb.IUnitOption>|null} [options] SubmitRequest options
         * @property {string|null} [desiredState] SubmitRequest desiredState
         * @property {boolean|null} [replace] SubmitRequest replace
         */

        /**
         * Constructs a new SubmitRequest.
         * @memberof fleetpb
         * @classdesc Represents a SubmitRequest.
         * @implements ISubmitRequest
         * @constructor
         * @param {fleetpb.ISubmitRequest=} [properties] Properties to set
         */
        function SubmitRequest(properties) {
            this.options = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SubmitRequest name.
         * @member {string} name
         * @memberof fleetpb.SubmitRequest
         * @instance
         */
        SubmitRequest.prototype.name = "";

        /**
         * SubmitRequest options.
         * @member {Array.<fleetpb.IUnitOption>} options
         * @memberof fleetpb.SubmitRequest
         * @instance
         */
        SubmitRequest.prototype.options = $util.emptyArray;

        /**
         * SubmitRequest desiredState.
         * @member {string} desiredState
         * @memberof fleetpb.SubmitRequest
         * @instance
         */
        SubmitRequest.prototype.desiredState = "";

        /**
         * SubmitRequest replace.
         * @member {boolean} replace
         * @memberof fleetpb.SubmitRequest
         * @instance
         */
        SubmitRequest.prototype.replace = false;

        /**
         * Creates a new SubmitRequest instance using the specified properties.
         * @function create
         * @memberof fleetpb.SubmitRequest
         * @static
         * @param {fleetpb.ISubmitRequest=} [properties] Properties to set
         * @returns {fleetpb.SubmitRequest} SubmitRequest instance
         */
        SubmitRequest.create = function create(properties) {
            return new SubmitRequest(properties);
        };

        /**
         * Encodes the specified SubmitRequest message. Does not implicitly {@link fleetpb.SubmitRequest.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.SubmitRequest
         * @static
         * @param {fleetpb.ISubmitRequest} message SubmitRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SubmitRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.options != null && message.options.length)
                for (let i = 0; i < message.options.length; ++i)
                    $root.fleetpb.UnitOption.encode(message.options[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (message.desiredState != null && Object.hasOwnProperty.call(message, "desiredState"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.desiredState);
            if (message.replace != null && Object.hasOwnProperty.call(message, "replace"))
                writer.uint32(/* id 4, wireType 0 =*/32).bool(message.replace);
            return writer;
        };

        /**
         * Decodes a SubmitRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.SubmitRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.SubmitRequest} SubmitRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SubmitRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.SubmitRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        if (!(message.options && message.options.length))
                            message.options = [];
                        message.options.push($root.fleetpb.UnitOption.decode(reader, reader.uint32(), undefined, long + 1));
                        break;
                    }
                case 3: {
                        message.desiredState = reader.string();
                        break;
                    }
                case 4: {
                        message.replace = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for SubmitRequest
         * @function getTypeUrl
         * @memberof fleetpb.SubmitRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SubmitRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.SubmitRequest";
        };

        return SubmitRequest;
    })();

    fleetpb.SubmitResponse = (function() {

        /**
         * Properties of a SubmitResponse.
         * @memberof fleetpb
         * @interface ISubmitResponse
         * @property {string|null} [hash] SubmitResponse hash
         * @property {string|null} [outcome] SubmitResponse outcome
         */

        /**
         * Constructs a new SubmitResponse.
         * @memberof fleetpb
         * @classdesc Represents a SubmitResponse.
         * @implements ISubmitResponse
         * @constructor
         * @param {fleetpb.ISubmitResponse=} [properties] Properties to set
         */
        function SubmitResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SubmitResponse hash.
         * @member {string} hash
         * @memberof fleetpb.SubmitResponse
         * @instance
         */
        SubmitResponse.prototype.hash = "";

        /**
         * SubmitResponse outcome.
         * @member {string} outcome
         * @memberof fleetpb.SubmitResponse
         * @instance
         */
        SubmitResponse.prototype.outcome = "";

        /**
         * Creates a new SubmitResponse instance using the specified properties.
         * @function create
         * @memberof fleetpb.SubmitResponse
         * @static
         * @param {fleetpb.ISubmitResponse=} [properties] Properties to set
         * @returns {fleetpb.SubmitResponse} SubmitResponse instance
         */
        SubmitResponse.create = function create(properties) {
            return new SubmitResponse(properties);
        };

        /**
         * Encodes the specified SubmitResponse message. Does not implicitly {@link fleetpb.SubmitResponse.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.SubmitResponse
         * @static
         * @param {fleetpb.ISubmitResponse} message SubmitResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SubmitResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.hash != null && Object.hasOwnProperty.call(message, "hash"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.hash);
            if (message.outcome != null && Object.hasOwnProperty.call(message, "outcome"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.outcome);
            return writer;
        };

        /**
         * Decodes a SubmitResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.SubmitResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.SubmitResponse} SubmitResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SubmitResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.SubmitResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.hash = reader.string();
                        break;
                    }
                case 2: {
                        message.outcome = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for SubmitResponse
         * @function getTypeUrl
         * @memberof fleetpb.SubmitResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SubmitResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.SubmitResponse";
        };

        return SubmitResponse;
    })();

    fleetpb.SetDesiredStateRequest = (function() {

        /**
         * Properties of a SetDesiredStateRequest.
         * @memberof fleetpb
         * @interface ISetDesiredStateRequest
         * @property {string|null} [name] SetDesiredStateRequest name
         * @property {string|null} [desiredState] SetDesiredStateRequest desiredState
         */

        /**
         * Constructs a new SetDesiredStateRequest.
         * @memberof fleetpb
         * @classdesc Represents a SetDesiredStateRequest.
         * @implements ISetDesiredStateRequest
         * @constructor
         * @param {fleetpb.ISetDesiredStateRequest=} [properties] Properties to set
         */
        function SetDesiredStateRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * SetDesiredStateRequest name.
         * @member {string} name
         * @memberof fleetpb.SetDesiredStateRequest
         * @instance
         */
        SetDesiredStateRequest.prototype.name = "";

        /**
         * SetDesiredStateRequest desiredState.
         * @member {string} desiredState
         * @memberof fleetpb.SetDesiredStateRequest
         * @instance
         */
        SetDesiredStateRequest.prototype.desiredState = "";

        /**
         * Creates a new SetDesiredStateRequest instance using the specified properties.
         * @function create
         * @memberof fleetpb.SetDesiredStateRequest
         * @static
         * @param {fleetpb.ISetDesiredStateRequest=} [properties] Properties to set
         * @returns {fleetpb.SetDesiredStateRequest} SetDesiredStateRequest instance
         */
        SetDesiredStateRequest.create = function create(properties) {
            return new SetDesiredStateRequest(properties);
        };

        /**
         * Encodes the specified SetDesiredStateRequest message. Does not implicitly {@link fleetpb.SetDesiredStateRequest.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.SetDesiredStateRequest
         * @static
         * @param {fleetpb.ISetDesiredStateRequest} message SetDesiredStateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetDesiredStateRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.desiredState != null && Object.hasOwnProperty.call(message, "desiredState"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.desiredState);
            return writer;
        };

        /**
         * Decodes a SetDesiredStateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.SetDesiredStateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.SetDesiredStateRequest} SetDesiredStateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetDesiredStateRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.SetDesiredStateRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.desiredState = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for SetDesiredStateRequest
         * @function getTypeUrl
         * @memberof fleetpb.SetDesiredStateRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SetDesiredStateRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.SetDesiredStateRequest";
        };

        return SetDesiredStateRequest;
    })();

    fleetpb.SetDesiredStateResponse = (function() {

        /**
         * Properties of a SetDesiredStateResponse.
         * @memberof fleetpb
         * @interface ISetDesiredStateResponse
         */

        /**
         * Constructs a new SetDesiredStateResponse.
         * @memberof fleetpb
         * @classdesc Represents a SetDesiredStateResponse.
         * @implements ISetDesiredStateResponse
         * @constructor
         * @param {fleetpb.ISetDesiredStateResponse=} [properties] Properties to set
         */
        function SetDesiredStateResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new SetDesiredStateResponse instance using the specified properties.
         * @function create
         * @memberof fleetpb.SetDesiredStateResponse
         * @static
         * @param {fleetpb.ISetDesiredStateResponse=} [properties] Properties to set
         * @returns {fleetpb.SetDesiredStateResponse} SetDesiredStateResponse instance
         */
        SetDesiredStateResponse.create = function create(properties) {
            return new SetDesiredStateResponse(properties);
        };

        /**
         * Encodes the specified SetDesiredStateResponse message. Does not implicitly {@link fleetpb.SetDesiredStateResponse.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.SetDesiredStateResponse
         * @static
         * @param {fleetpb.ISetDesiredStateResponse} message SetDesiredStateResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SetDesiredStateResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a SetDesiredStateResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.SetDesiredStateResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.SetDesiredStateResponse} SetDesiredStateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SetDesiredStateResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.SetDesiredStateResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for SetDesiredStateResponse
         * @function getTypeUrl
         * @memberof fleetpb.SetDesiredStateResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        SetDesiredStateResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.SetDesiredStateResponse";
        };

        return SetDesiredStateResponse;
    })();

    fleetpb.DestroyRequest = (function() {

        /**
         * Properties of a DestroyRequest.
         * @memberof fleetpb
         * @interface IDestroyRequest
         * @property {string|null} [name] DestroyRequest name
         */

        /**
         * Constructs a new DestroyRequest.
         * @memberof fleetpb
         * @classdesc Represents a DestroyRequest.
         * @implements IDestroyRequest
         * @constructor
         * @param {fleetpb.IDestroyRequest=} [properties] Properties to set
         */
        function DestroyRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * DestroyRequest name.
         * @member {string} name
         * @memberof fleetpb.DestroyRequest
         * @instance
         */
        DestroyRequest.prototype.name = "";

        /**
         * Creates a new DestroyRequest instance using the specified properties.
         * @function create
         * @memberof fleetpb.DestroyRequest
         * @static
         * @param {fleetpb.IDestroyRequest=} [properties] Properties to set
         * @returns {fleetpb.DestroyRequest} DestroyRequest instance
         */
        DestroyRequest.create = function create(properties) {
            return new DestroyRequest(properties);
        };

        /**
         * Encodes the specified DestroyRequest message. Does not implicitly {@link fleetpb.DestroyRequest.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.DestroyRequest
         * @static
         * @param {fleetpb.IDestroyRequest} message DestroyRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DestroyRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            return writer;
        };

        /**
         * Decodes a DestroyRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.DestroyRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.DestroyRequest} DestroyRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DestroyRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.DestroyRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for DestroyRequest
         * @function getTypeUrl
         * @memberof fleetpb.DestroyRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DestroyRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.DestroyRequest";
        };

        return DestroyRequest;
    })();

    fleetpb.DestroyResponse = (function() {

        /**
         * Properties of a DestroyResponse.
         * @memberof fleetpb
         * @interface IDestroyResponse
         */

        /**
         * Constructs a new DestroyResponse.
         * @memberof fleetpb
         * @classdesc Represents a DestroyResponse.
         * @implements IDestroyResponse
         * @constructor
         * @param {fleetpb.IDestroyResponse=} [properties] Properties to set
         */
        function DestroyResponse(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new DestroyResponse instance using the specified properties.
         * @function create
         * @memberof fleetpb.DestroyResponse
         * @static
         * @param {fleetpb.IDestroyResponse=} [properties] Properties to set
         * @returns {fleetpb.DestroyResponse} DestroyResponse instance
         */
        DestroyResponse.create = function create(properties) {
            return new DestroyResponse(properties);
        };

        /**
         * Encodes the specified DestroyResponse message. Does not implicitly {@link fleetpb.DestroyResponse.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.DestroyResponse
         * @static
         * @param {fleetpb.IDestroyResponse} message DestroyResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DestroyResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a DestroyResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.DestroyResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.DestroyResponse} DestroyResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DestroyResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.DestroyResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for DestroyResponse
         * @function getTypeUrl
         * @memberof fleetpb.DestroyResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        DestroyResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.DestroyResponse";
        };

        return DestroyResponse;
    })();

    fleetpb.WatchUnitStatesRequest = (function() {

        /**
         * Properties of a WatchUnitStatesRequest.
         * @memberof fleetpb
         * @interface IWatchUnitStatesRequest
         */

        /**
         * Constructs a new WatchUnitStatesRequest.
         * @memberof fleetpb
         * @classdesc Represents a WatchUnitStatesRequest.
         * @implements IWatchUnitStatesRequest
         * @constructor
         * @param {fleetpb.IWatchUnitStatesRequest=} [properties] Properties to set
         */
        function WatchUnitStatesRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * Creates a new WatchUnitStatesRequest instance using the specified properties.
         * @function create
         * @memberof fleetpb.WatchUnitStatesRequest
         * @static
         * @param {fleetpb.IWatchUnitStatesRequest=} [properties] Properties to set
         * @returns {fleetpb.WatchUnitStatesRequest} WatchUnitStatesRequest instance
         */
        WatchUnitStatesRequest.create = function create(properties) {
            return new WatchUnitStatesRequest(properties);
        };

        /**
         * Encodes the specified WatchUnitStatesRequest message. Does not implicitly {@link fleetpb.WatchUnitStatesRequest.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.WatchUnitStatesRequest
         * @static
         * @param {fleetpb.IWatchUnitStatesRequest} message WatchUnitStatesRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WatchUnitStatesRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return writer;
        };

        /**
         * Decodes a WatchUnitStatesRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.WatchUnitStatesRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.WatchUnitStatesRequest} WatchUnitStatesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WatchUnitStatesRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.WatchUnitStatesRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for WatchUnitStatesRequest
         * @function getTypeUrl
         * @memberof fleetpb.WatchUnitStatesRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        WatchUnitStatesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.WatchUnitStatesRequest";
        };

        return WatchUnitStatesRequest;
    })();

    fleetpb.UnitStateEvent = (function() {

        /**
         * Properties of an UnitStateEvent.
         * @memberof fleetpb
         * @interface IUnitStateEvent
         * @property {fleetpb.IUnitState|null} [state] UnitStateEvent state
         * @property {boolean|null} [deleted] UnitStateEvent deleted
         */

        /**
         * Constructs a new UnitStateEvent.
         * @memberof fleetpb
         * @classdesc Represents an UnitStateEvent.
         * @implements IUnitStateEvent
         * @constructor
         * @param {fleetpb.IUnitStateEvent=} [properties] Properties to set
         */
        function UnitStateEvent(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UnitStateEvent state.
         * @member {fleetpb.IUnitState|null|undefined} state
         * @memberof fleetpb.UnitStateEvent
         * @instance
         */
        UnitStateEvent.prototype.state = null;

        /**
         * UnitStateEvent deleted.
         * @member {boolean} deleted
         * @memberof fleetpb.UnitStateEvent
         * @instance
         */
        UnitStateEvent.prototype.deleted = false;

        /**
         * Creates a new UnitStateEvent instance using the specified properties.
         * @function create
         * @memberof fleetpb.UnitStateEvent
         * @static
         * @param {fleetpb.IUnitStateEvent=} [properties] Properties to set
         * @returns {fleetpb.UnitStateEvent} UnitStateEvent instance
         */
        UnitStateEvent.create = function create(properties) {
            return new UnitStateEvent(properties);
        };

        /**
         * Encodes the specified UnitStateEvent message. Does not implicitly {@link fleetpb.UnitStateEvent.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.UnitStateEvent
         * @static
         * @param {fleetpb.IUnitStateEvent} message UnitStateEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnitStateEvent.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                $root.fleetpb.UnitState.encode(message.state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.deleted != null && Object.hasOwnProperty.call(message, "deleted"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.deleted);
            return writer;
        };

        /**
         * Decodes an UnitStateEvent message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.UnitStateEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.UnitStateEvent} UnitStateEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnitStateEvent.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.UnitStateEvent();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.state = $root.fleetpb.UnitState.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.deleted = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for UnitStateEvent
         * @function getTypeUrl
         * @memberof fleetpb.UnitStateEvent
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        UnitStateEvent.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.UnitStateEvent";
        };

        return UnitStateEvent;
    })();

    fleetpb.JournalRequest = (function() {

        /**
         * Properties of a JournalRequest.
         * @memberof fleetpb
         * @interface IJournalRequest
         * @property {string|null} [name] JournalRequest name
         * @property {number|null} [lines] JournalRequest lines
         * @property {boolean|null} [follow] JournalRequest follow
         */

        /**
         * Constructs a new JournalRequest.
         * @memberof fleetpb
         * @classdesc Represents a JournalRequest.
         * @implements IJournalRequest
         * @constructor
         * @param {fleetpb.IJournalRequest=} [properties] Properties to set
         */
        function JournalRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * JournalRequest name.
         * @member {string} name
         * @memberof fleetpb.JournalRequest
         * @instance
         */
        JournalRequest.prototype.name = "";

        /**
         * JournalRequest lines.
         * @member {number} lines
         * @memberof fleetpb.JournalRequest
         * @instance
         */
        JournalRequest.prototype.lines = 0;

        /**
         * JournalRequest follow.
         * @member {boolean} follow
         * @memberof fleetpb.JournalRequest
         * @instance
         */
        JournalRequest.prototype.follow = false;

        /**
         * Creates a new JournalRequest instance using the specified properties.
         * @function create
         * @memberof fleetpb.JournalRequest
         * @static
         * @param {fleetpb.IJournalRequest=} [properties] Properties to set
         * @returns {fleetpb.JournalRequest} JournalRequest instance
         */
        JournalRequest.create = function create(properties) {
            return new JournalRequest(properties);
        };

        /**
         * Encodes the specified JournalRequest message. Does not implicitly {@link fleetpb.JournalRequest.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.JournalRequest
         * @static
         * @param {fleetpb.IJournalRequest} message JournalRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JournalRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.lines != null && Object.hasOwnProperty.call(message, "lines"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.lines);
            if (message.follow != null && Object.hasOwnProperty.call(message, "follow"))
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.follow);
            return writer;
        };

        /**
         * Decodes a JournalRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.JournalRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.JournalRequest} JournalRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JournalRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.JournalRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                case 2: {
                        message.lines = reader.uint32();
                        break;
                    }
                case 3: {
                        message.follow = reader.bool();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for JournalRequest
         * @function getTypeUrl
         * @memberof fleetpb.JournalRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        JournalRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.JournalRequest";
        };

        return JournalRequest;
    })();

    fleetpb.JournalResponse = (function() {

        /**
         * Properties of a JournalResponse.
         * @memberof fleetpb
         * @interface IJournalResponse
         * @property {Array.<string>|null} [lines] JournalResponse lines
         */

        /**
         * Constructs a new JournalResponse.
         * @memberof fleetpb
         * @classdesc Represents a JournalResponse.
         * @implements IJournalResponse
         * @constructor
         * @param {fleetpb.IJournalResponse=} [properties] Properties to set
         */
        function JournalResponse(properties) {
            this.lines = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * JournalResponse lines.
         * @member {Array.<string>} lines
         * @memberof fleetpb.JournalResponse
         * @instance
         */
        JournalResponse.prototype.lines = $util.emptyArray;

        /**
         * Creates a new JournalResponse instance using the specified properties.
         * @function create
         * @memberof fleetpb.JournalResponse
         * @static
         * @param {fleetpb.IJournalResponse=} [properties] Properties to set
         * @returns {fleetpb.JournalResponse} JournalResponse instance
         */
        JournalResponse.create = function create(properties) {
            return new JournalResponse(properties);
        };

        /**
         * Encodes the specified JournalResponse message. Does not implicitly {@link fleetpb.JournalResponse.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.JournalResponse
         * @static
         * @param {fleetpb.IJournalResponse} message JournalResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        JournalResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.lines != null && message.lines.length)
                for (let i = 0; i < message.lines.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.lines[i]);
            return writer;
        };

        /**
         * Decodes a JournalResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.JournalResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.JournalResponse} JournalResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        JournalResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.JournalResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        if (!(message.lines && message.lines.length))
                            message.lines = [];
                        message.lines.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for JournalResponse
         * @function getTypeUrl
         * @memberof fleetpb.JournalResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        JournalResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.JournalResponse";
        };

        return JournalResponse;
    })();

    fleetpb.UnitStatusRequest = (function() {

        /**
         * Properties of an UnitStatusRequest.
         * @memberof fleetpb
         * @interface IUnitStatusRequest
         * @property {string|null} [name] UnitStatusRequest name
         */

        /**
         * Constructs a new UnitStatusRequest.
         * @memberof fleetpb
         * @classdesc Represents an UnitStatusRequest.
         * @implements IUnitStatusRequest
         * @constructor
         * @param {fleetpb.IUnitStatusRequest=} [properties] Properties to set
         */
        function UnitStatusRequest(properties) {
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UnitStatusRequest name.
         * @member {string} name
         * @memberof fleetpb.UnitStatusRequest
         * @instance
         */
        UnitStatusRequest.prototype.name = "";

        /**
         * Creates a new UnitStatusRequest instance using the specified properties.
         * @function create
         * @memberof fleetpb.UnitStatusRequest
         * @static
         * @param {fleetpb.IUnitStatusRequest=} [properties] Properties to set
         * @returns {fleetpb.UnitStatusRequest} UnitStatusRequest instance
         */
        UnitStatusRequest.create = function create(properties) {
            return new UnitStatusRequest(properties);
        };

        /**
         * Encodes the specified UnitStatusRequest message. Does not implicitly {@link fleetpb.UnitStatusRequest.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.UnitStatusRequest
         * @static
         * @param {fleetpb.IUnitStatusRequest} message UnitStatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnitStatusRequest.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            return writer;
        };

        /**
         * Decodes an UnitStatusRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.UnitStatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.UnitStatusRequest} UnitStatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnitStatusRequest.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.UnitStatusRequest();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.name = reader.string();
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for UnitStatusRequest
         * @function getTypeUrl
         * @memberof fleetpb.UnitStatusRequest
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        UnitStatusRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.UnitStatusRequest";
        };

        return UnitStatusRequest;
    })();

    fleetpb.UnitStatusResponse = (function() {

        /**
         * Properties of an UnitStatusResponse.
         * @memberof fleetpb
         * @interface IUnitStatusResponse
         * @property {fleetpb.IUnitState|null} [state] UnitStatusResponse state
         * @property {number|null} [mainPid] UnitStatusResponse mainPid
         * @property {number|null} [failures] UnitStatusResponse failures
         * @property {string|null} [description] UnitStatusResponse description
         * @property {Array.<string>|null} [journal] UnitStatusResponse journal
         */

        /**
         * Constructs a new UnitStatusResponse.
         * @memberof fleetpb
         * @classdesc Represents an UnitStatusResponse.
         * @implements IUnitStatusResponse
         * @constructor
         * @param {fleetpb.IUnitStatusResponse=} [properties] Properties to set
         */
        function UnitStatusResponse(properties) {
            this.journal = [];
            if (properties)
                for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        }

        /**
         * UnitStatusResponse state.
         * @member {fleetpb.IUnitState|null|undefined} state
         * @memberof fleetpb.UnitStatusResponse
         * @instance
         */
        UnitStatusResponse.prototype.state = null;

        /**
         * UnitStatusResponse mainPid.
         * @member {number} mainPid
         * @memberof fleetpb.UnitStatusResponse
         * @instance
         */
        UnitStatusResponse.prototype.mainPid = 0;

        /**
         * UnitStatusResponse failures.
         * @member {number} failures
         * @memberof fleetpb.UnitStatusResponse
         * @instance
         */
        UnitStatusResponse.prototype.failures = 0;

        /**
         * UnitStatusResponse description.
         * @member {string} description
         * @memberof fleetpb.UnitStatusResponse
         * @instance
         */
        UnitStatusResponse.prototype.description = "";

        /**
         * UnitStatusResponse journal.
         * @member {Array.<string>} journal
         * @memberof fleetpb.UnitStatusResponse
         * @instance
         */
        UnitStatusResponse.prototype.journal = $util.emptyArray;

        /**
         * Creates a new UnitStatusResponse instance using the specified properties.
         * @function create
         * @memberof fleetpb.UnitStatusResponse
         * @static
         * @param {fleetpb.IUnitStatusResponse=} [properties] Properties to set
         * @returns {fleetpb.UnitStatusResponse} UnitStatusResponse instance
         */
        UnitStatusResponse.create = function create(properties) {
            return new UnitStatusResponse(properties);
        };

        /**
         * Encodes the specified UnitStatusResponse message. Does not implicitly {@link fleetpb.UnitStatusResponse.verify|verify} messages.
         * @function encode
         * @memberof fleetpb.UnitStatusResponse
         * @static
         * @param {fleetpb.IUnitStatusResponse} message UnitStatusResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnitStatusResponse.encode = function encode(message, writer, q) {
            if (!writer)
                writer = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (message.state != null && Object.hasOwnProperty.call(message, "state"))
                $root.fleetpb.UnitState.encode(message.state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (message.mainPid != null && Object.hasOwnProperty.call(message, "mainPid"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.mainPid);
            if (message.failures != null && Object.hasOwnProperty.call(message, "failures"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.failures);
            if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
            if (message.journal != null && message.journal.length)
                for (let i = 0; i < message.journal.length; ++i)
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.journal[i]);
            return writer;
        };

        /**
         * Decodes an UnitStatusResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fleetpb.UnitStatusResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {fleetpb.UnitStatusResponse} UnitStatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnitStatusResponse.decode = function decode(reader, length, error, long) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (long === undefined)
                long = 0;
            if (long > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            let end, message;
            if (length === undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = new $root.fleetpb.UnitStatusResponse();
            while (reader.pos < end) {
                let tag = reader.uint32();
                if (tag === error)
                    break;
                switch (tag >>> 3) {
                case 1: {
                        message.state = $root.fleetpb.UnitState.decode(reader, reader.uint32(), undefined, long + 1);
                        break;
                    }
                case 2: {
                        message.mainPid = reader.uint32();
                        break;
                    }
                case 3: {
                        message.failures = reader.uint32();
                        break;
                    }
                case 4: {
                        message.description = reader.string();
                        break;
                    }
                case 5: {
                        if (!(message.journal && message.journal.length))
                            message.journal = [];
                        message.journal.push(reader.string());
                        break;
                    }
                default:
                    reader.skipType(tag & 7, long);
                    break;
                }
            }
            if (length !== undefined) {
                if (reader.pos !== end)
                    throw RangeError("index out of range");
                reader.len = length;
            }
            return message;
        };

        /**
         * Gets the default type url for UnitStatusResponse
         * @function getTypeUrl
         * @memberof fleetpb.UnitStatusResponse
         * @static
         * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
         * @returns {string} The default type url
         */
        UnitStatusResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
            if (typeUrlPrefix === undefined) {
                typeUrlPrefix = "type.googleapis.com";
            }
            return typeUrlPrefix + "/fleetpb.UnitStatusResponse";
        };

        return UnitStatusResponse;
    })();

    fleetpb.Fleet = (function() {

        /**
         * Constructs a new Fleet service.
         * @memberof fleetpb
         * @classdesc Represents a Fleet
         * @extends $protobuf.rpc.Service
         * @constructor
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         */
        function Fleet(rpcImpl, requestDelimited, responseDelimited) {
            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
        }

        (Fleet.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Fleet;

        /**
         * Creates new Fleet service using the specified rpc implementation.
         * @function create
         * @memberof fleetpb.Fleet
         * @static
         * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
         * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
         * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
         * @returns {Fleet} RPC service. Useful where requests and/or responses are streamed.
         */
        Fleet.create = function create(rpcImpl, requestDelimited, responseDelimited) {
            return new this(rpcImpl, requestDelimited, responseDelimited);
        };

        /**
         * Callback as used by {@link fleetpb.Fleet#listMachines}.
         * @memberof fleetpb.Fleet
         * @typedef ListMachinesCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {fleetpb.ListMachinesResponse} [response] ListMachinesResponse
         */

        /**
         * Calls ListMachines.
         * @function listMachines
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IListMachinesRequest} request ListMachinesRequest message or plain object
         * @param {fleetpb.Fleet.ListMachinesCallback} callback Node-style callback called with the error, if any, and ListMachinesResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Fleet.prototype.listMachines = function listMachines(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, listMachines, $root.fleetpb.ListMachinesRequest, $root.fleetpb.ListMachinesResponse, request, callback);
        }, "name", { value: "ListMachines" });

        /**
         * Calls ListMachines.
         * @function listMachines
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IListMachinesRequest} request ListMachinesRequest message or plain object
         * @returns {Promise<fleetpb.ListMachinesResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link fleetpb.Fleet#listUnits}.
         * @memberof fleetpb.Fleet
         * @typedef ListUnitsCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {fleetpb.ListUnitsResponse} [response] ListUnitsResponse
         */

        /**
         * Calls ListUnits.
         * @function listUnits
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IListUnitsRequest} request ListUnitsRequest message or plain object
         * @param {fleetpb.Fleet.ListUnitsCallback} callback Node-style callback called with the error, if any, and ListUnitsResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Fleet.prototype.listUnits = function listUnits(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, listUnits, $root.fleetpb.ListUnitsRequest, $root.fleetpb.ListUnitsResponse, request, callback);
        }, "name", { value: "ListUnits" });

        /**
         * Calls ListUnits.
         * @function listUnits
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IListUnitsRequest} request ListUnitsRequest message or plain object
         * @returns {Promise<fleetpb.ListUnitsResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link fleetpb.Fleet#listUnitStates}.
         * @memberof fleetpb.Fleet
         * @typedef ListUnitStatesCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {fleetpb.ListUnitStatesResponse} [response] ListUnitStatesResponse
         */

        /**
         * Calls ListUnitStates.
         * @function listUnitStates
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IListUnitStatesRequest} request ListUnitStatesRequest message or plain object
         * @param {fleetpb.Fleet.ListUnitStatesCallback} callback Node-style callback called with the error, if any, and ListUnitStatesResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Fleet.prototype.listUnitStates = function listUnitStates(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, listUnitStates, $root.fleetpb.ListUnitStatesRequest, $root.fleetpb.ListUnitStatesResponse, request, callback);
        }, "name", { value: "ListUnitStates" });

        /**
         * Calls ListUnitStates.
         * @function listUnitStates
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IListUnitStatesRequest} request ListUnitStatesRequest message or plain object
         * @returns {Promise<fleetpb.ListUnitStatesResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link fleetpb.Fleet#submit}.
         * @memberof fleetpb.Fleet
         * @typedef SubmitCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {fleetpb.SubmitResponse} [response] SubmitResponse
         */

        /**
         * Calls Submit.
         * @function submit
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.ISubmitRequest} request SubmitRequest message or plain object
         * @param {fleetpb.Fleet.SubmitCallback} callback Node-style callback called with the error, if any, and SubmitResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Fleet.prototype.submit = function submit(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, submit, $root.fleetpb.SubmitRequest, $root.fleetpb.SubmitResponse, request, callback);
        }, "name", { value: "Submit" });

        /**
         * Calls Submit.
         * @function submit
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.ISubmitRequest} request SubmitRequest message or plain object
         * @returns {Promise<fleetpb.SubmitResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link fleetpb.Fleet#setDesiredState}.
         * @memberof fleetpb.Fleet
         * @typedef SetDesiredStateCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {fleetpb.SetDesiredStateResponse} [response] SetDesiredStateResponse
         */

        /**
         * Calls SetDesiredState.
         * @function setDesiredState
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.ISetDesiredStateRequest} request SetDesiredStateRequest message or plain object
         * @param {fleetpb.Fleet.SetDesiredStateCallback} callback Node-style callback called with the error, if any, and SetDesiredStateResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Fleet.prototype.setDesiredState = function setDesiredState(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, setDesiredState, $root.fleetpb.SetDesiredStateRequest, $root.fleetpb.SetDesiredStateResponse, request, callback);
        }, "name", { value: "SetDesiredState" });

        /**
         * Calls SetDesiredState.
         * @function setDesiredState
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.ISetDesiredStateRequest} request SetDesiredStateRequest message or plain object
         * @returns {Promise<fleetpb.SetDesiredStateResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link fleetpb.Fleet#destroy}.
         * @memberof fleetpb.Fleet
         * @typedef DestroyCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {fleetpb.DestroyResponse} [response] DestroyResponse
         */

        /**
         * Calls Destroy.
         * @function destroy
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IDestroyRequest} request DestroyRequest message or plain object
         * @param {fleetpb.Fleet.DestroyCallback} callback Node-style callback called with the error, if any, and DestroyResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Fleet.prototype.destroy = function destroy(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, destroy, $root.fleetpb.DestroyRequest, $root.fleetpb.DestroyResponse, request, callback);
        }, "name", { value: "Destroy" });

        /**
         * Calls Destroy.
         * @function destroy
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IDestroyRequest} request DestroyRequest message or plain object
         * @returns {Promise<fleetpb.DestroyResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link fleetpb.Fleet#watchUnitStates}.
         * @memberof fleetpb.Fleet
         * @typedef WatchUnitStatesCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {fleetpb.UnitStateEvent} [response] UnitStateEvent
         */

        /**
         * Calls WatchUnitStates.
         * @function watchUnitStates
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IWatchUnitStatesRequest} request WatchUnitStatesRequest message or plain object
         * @param {fleetpb.Fleet.WatchUnitStatesCallback} callback Node-style callback called with the error, if any, and UnitStateEvent
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Fleet.prototype.watchUnitStates = function watchUnitStates(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, watchUnitStates, $root.fleetpb.WatchUnitStatesRequest, $root.fleetpb.UnitStateEvent, request, callback);
        }, "name", { value: "WatchUnitStates" });

        /**
         * Calls WatchUnitStates.
         * @function watchUnitStates
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IWatchUnitStatesRequest} request WatchUnitStatesRequest message or plain object
         * @returns {Promise<fleetpb.UnitStateEvent>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link fleetpb.Fleet#journal}.
         * @memberof fleetpb.Fleet
         * @typedef JournalCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {fleetpb.JournalResponse} [response] JournalResponse
         */

        /**
         * Calls Journal.
         * @function journal
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IJournalRequest} request JournalRequest message or plain object
         * @param {fleetpb.Fleet.JournalCallback} callback Node-style callback called with the error, if any, and JournalResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Fleet.prototype.journal = function journal(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, journal, $root.fleetpb.JournalRequest, $root.fleetpb.JournalResponse, request, callback);
        }, "name", { value: "Journal" });

        /**
         * Calls Journal.
         * @function journal
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IJournalRequest} request JournalRequest message or plain object
         * @returns {Promise<fleetpb.JournalResponse>} Promise
         * @variation 2
         */

        /**
         * Callback as used by {@link fleetpb.Fleet#unitStatus}.
         * @memberof fleetpb.Fleet
         * @typedef UnitStatusCallback
         * @type {function}
         * @param {Error|null} error Error, if any
         * @param {fleetpb.UnitStatusResponse} [response] UnitStatusResponse
         */

        /**
         * Calls UnitStatus.
         * @function unitStatus
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IUnitStatusRequest} request UnitStatusRequest message or plain object
         * @param {fleetpb.Fleet.UnitStatusCallback} callback Node-style callback called with the error, if any, and UnitStatusResponse
         * @returns {undefined}
         * @variation 1
         */
        Object.defineProperty(Fleet.prototype.unitStatus = function unitStatus(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, unitStatus, $root.fleetpb.UnitStatusRequest, $root.fleetpb.UnitStatusResponse, request, callback);
        }, "name", { value: "UnitStatus" });

        /**
         * Calls UnitStatus.
         * @function unitStatus
         * @memberof fleetpb.Fleet
         * @instance
         * @param {fleetpb.IUnitStatusRequest} request UnitStatusRequest message or plain object
         * @returns {Promise<fleetpb.UnitStatusResponse>} Promise
         * @variation 2
         */

        return Fleet;
    })();

    return fleetpb;
})();

export { $root as default };
